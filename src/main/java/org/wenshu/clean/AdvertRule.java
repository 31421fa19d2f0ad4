package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * Advertisements that material-library sites (素材库, 范文, 代笔 services) put at the head or foot of
 * the texts they sell: "【某某素材库】——每天更新材料1000多篇…有意加入请联系…", "添加客服…谨防假冒".
 *
 * <p>A line is an advert when it carries words of all three kinds: the trade in writing material
 * (素材, 范文, 代笔), an invitation to buy or join (联系, 客服, 加入, 公众号) and sales talk (会员, 网盘,
 * 每天更新, 好评如潮). A notice asking units to send in 素材 to a 联系人 has no sales talk. Only a block at the very end or start of the text is taken (blank lines between count as
 * part of it), and no line longer than {@value #MAX_LENGTH} characters, so body text that mentions
 * such words stays; a text of nothing but such lines is left whole. Every line removed is reported
 * with its number.
 */
final class AdvertRule implements CleaningRule {
    /** What is sold: writing material and ghost-writing. */
    private static final Set<String> TRADE = Set.of("素材", "范文", "文库", "材料库", "资料库", "代笔", "代写", "润笔");
    /** The invitation: join, contact, follow. */
    private static final Set<String> INVITATION = Set.of("联系", "客服", "加入", "添加", "公众号", "微信", "接单",
            "咨询", "扫码", "认准", "谨防假冒", "下单");
    /** The sales talk around it. */
    private static final Set<String> TALK = Set.of("会员", "vip", "网盘", "每天更新", "每日更新", "同步更新", "一键",
            "万字", "好评如潮", "高质量", "唯一平台", "代发布", "持续更新", "海量");

    /**
     * An advert is a line or two of a page's foot; a longer line is body text that happens to hold
     * the words (a whole page saved on one line).
     */
    private static final int MAX_LENGTH = 160;

    @Override
    public String name() {
        return "advert";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        int start = 0;
        while (start < lines.size() && (lines.get(start).text().isBlank() || isAdvert(lines.get(start)))) {
            start++;
        }
        int end = lines.size();
        while (end > start && (lines.get(end - 1).text().isBlank() || isAdvert(lines.get(end - 1)))) {
            end--;
        }
        if (start == 0 && end == lines.size() || start == lines.size()) {
            return lines; // no advert, or nothing but adverts: then they are the text
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (i >= start && i < end) {
                out.add(line);
            } else if (line.text().isBlank()) {
                out.add(line); // blank lines are layout, not text: the later rules drop them as ever
            } else {
                report.accept(removed(line.text(), line.number()));
            }
        }
        return out;
    }

    /** Whether {@code line} is a material-library advert by its words. */
    static boolean isAdvert(SourceLine line) {
        if (line.isTable() || line.text().length() > MAX_LENGTH) {
            return false;
        }
        String text = line.text().toLowerCase(java.util.Locale.ROOT);
        return TRADE.stream().anyMatch(text::contains) && INVITATION.stream().anyMatch(text::contains)
                && TALK.stream().anyMatch(text::contains);
    }
}
