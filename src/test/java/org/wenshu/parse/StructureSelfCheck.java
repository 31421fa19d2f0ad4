package org.wenshu.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wenshu.model.Document;
import org.wenshu.model.Section;

/**
 * Two structural facts of Chinese official writing, measured on a parsed document: consecutive
 * ordinals of one marker kind (二、→三、, （十）→（十一）) are siblings, and a marker kind keeps one
 * depth within a part (the body, or one attachment). Used to find the parser's own errors.
 */
record StructureSelfCheck(int pairs, int siblingPairs, int kinds, int kindsAtOneDepth, List<String> faults) {

    static StructureSelfCheck of(Document document) {
        List<Node> nodes = new ArrayList<>();
        int part = 0;
        for (Section section : document.sections()) {
            if (section.kind() != Section.Kind.HEADING) {
                part++;
            }
            walk(section, 0, null, null, part, nodes);
            if (section.kind() != Section.Kind.HEADING) {
                part++;
            }
        }
        int pairs = 0;
        int siblings = 0;
        List<String> faults = new ArrayList<>();
        Map<String, Node> last = new HashMap<>();
        Map<String, Integer> lastIndex = new HashMap<>();
        Map<String, Set<Integer>> depths = new HashMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (node.kind == null) {
                continue;
            }
            String key = node.part + ":" + node.kind;
            depths.computeIfAbsent(key, k -> new HashSet<>()).add(node.depth);
            Node previous = last.put(key, node);
            Integer from = lastIndex.put(key, n);
            // numbering that runs on across parents ((六) under 一、, (七) under 二、) is no fault
            if (previous != null && node.ordinal == previous.ordinal + 1
                    && !outerKindBetween(nodes, from, n, previous)) {
                pairs++;
                if (previous.parent == node.parent) {
                    siblings++;
                } else {
                    faults.add("L" + node.section.line() + " " + node.section.displayHeading()
                            + " is not a sibling of L" + previous.section.line() + " " + previous.section.marker());
                }
            }
        }
        int oneDepth = 0;
        for (Map.Entry<String, Set<Integer>> entry : depths.entrySet()) {
            if (entry.getValue().size() == 1) {
                oneDepth++;
            } else {
                faults.add("kind " + entry.getKey() + " at depths " + entry.getValue());
            }
        }
        return new StructureSelfCheck(pairs, siblings, depths.size(), oneDepth, faults);
    }

    /** Whether a heading of one of {@code previous}'s ancestors' kinds stands between two nodes. */
    private static boolean outerKindBetween(List<Node> nodes, int from, int to, Node previous) {
        Set<MarkerKind> outer = new HashSet<>();
        for (Node n = previous; n != null; n = n.up) {
            if (n != previous && n.kind != null) {
                outer.add(n.kind);
            }
        }
        for (int i = from + 1; i < to; i++) {
            if (nodes.get(i).kind != null && outer.contains(nodes.get(i).kind)) {
                return true;
            }
        }
        return false;
    }

    private record Node(Section section, MarkerKind kind, int ordinal, int depth, Section parent, int part, Node up) {}

    private static void walk(Section section, int depth, Section parent, Node up, int part, List<Node> nodes) {
        MarkerKind kind = null;
        int ordinal = -1;
        if (section.kind() == Section.Kind.HEADING && !section.marker().isEmpty()) {
            Optional<Marker> marker = Marker.find(section.marker() + "甲");
            if (marker.isPresent()) {
                kind = marker.get().kind();
                ordinal = marker.get().ordinal();
            }
        }
        Node node = new Node(section, kind, ordinal, depth, parent, part, up);
        nodes.add(node);
        for (Section child : section.sections()) {
            walk(child, depth + 1, section, node, part, nodes);
        }
    }
}
