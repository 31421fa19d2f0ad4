package org.wenshu.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code {"failed":true,"failing":3,"files":[{"file":"…","findings":[{"line":9,"severity":"warning",
 * "code":"placeholder","message":"…","failing":true}]}]}}: every checked file, clean ones included.
 */
final class JsonFindings implements FindingsFormat {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String write(CheckResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("failed", result.failed());
        root.put("failing", result.failingCount());
        ArrayNode files = root.putArray("files");
        result.byFile().forEach((file, findings) -> {
            ObjectNode node = files.addObject();
            node.put("file", file);
            ArrayNode array = node.putArray("findings");
            for (Finding finding : findings) {
                ObjectNode item = array.addObject();
                item.put("line", finding.line());
                item.put("severity", finding.diagnostic().severity().label());
                item.put("code", finding.code());
                item.put("message", finding.message());
                item.put("failing", finding.failing());
            }
        });
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
