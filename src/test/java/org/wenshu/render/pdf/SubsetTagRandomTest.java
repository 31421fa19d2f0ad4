package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OpenPDF's subset tags drawn from SubsetTagRandom are tags, and differ from one to the next. */
class SubsetTagRandomTest {
    @Test
    void openPdfDrawsDistinctSixCapitalTagsFromIt() throws Exception {
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        font.setSecureRandom(new SubsetTagRandom());
        Method prefix = BaseFont.class.getDeclaredMethod("createSubsetPrefix");
        prefix.setAccessible(true);
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String tag = (String) prefix.invoke(font);
            assertThat(tag).matches("[A-Z]{6}\\+");
            tags.add(tag);
        }
        // 100 draws from 26^6 tags: a repeat has a chance of about 1 in 60,000
        assertThat(tags).hasSize(100);
    }

    @Test
    void twoInstancesDrawDifferentTags() throws Exception {
        byte[] first = new byte[16];
        byte[] second = new byte[16];
        new SubsetTagRandom().nextBytes(first);
        new SubsetTagRandom().nextBytes(second);
        assertThat(first).isNotEqualTo(second);
    }
}
