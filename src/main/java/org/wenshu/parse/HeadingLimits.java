package org.wenshu.parse;

/**
 * The lengths and distances heading recognition works with, in one place. Lengths count
 * characters of the text after the marker; "within" means the punctuation's index.
 *
 * @param maxHeading a numbered heading-only line (1. · （1） · ①) is at most this long
 * @param maxChineseHeading 一、 （一） 第一章 headings without a full stop may run this long
 * @param maxRunIn a run-in heading ends at a full stop no further in than this
 * @param maxColonRunIn a run-in heading cut at its colon has the colon within this
 * @param maxUnnumbered an unnumbered heading without closing punctuation is at most this long
 * @param maxSentenceHeading a short sentence heading ("产业结构持续优化。") is at most this long
 * @param maxParallelHeading a parallel sentence heading ("这一年，我们…。") is at most this long
 * @param minSentenceBody the paragraph after a sentence heading (either kind) is at least this long
 * @param maxAttachmentTitle the title line after 附件N is at most this long
 */
record HeadingLimits(int maxHeading, int maxChineseHeading, int maxRunIn, int maxColonRunIn, int maxUnnumbered,
                     int maxSentenceHeading, int maxParallelHeading, int minSentenceBody,
                     int maxAttachmentTitle) {
    static final HeadingLimits STANDARD = new HeadingLimits(60, 100, 60, 30, 35, 20, 32, 40, 60);
}
