package com.fundguard.reconciliation.matching.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lines and transfers that share candidates, joined into connected components (union-find on the few that are not
 * one-to-one; lines are nodes {@code l}, transfers {@code lineCount + t}). Components are handed out in the order of
 * their smallest member, with members in index order, so the decisions do not depend on the order of joining.
 */
final class Components {

    @FunctionalInterface
    interface Decision {
        void decide(int[] lines, int[] transfers);
    }

    private final int lineCount;
    private final Map<Integer, Integer> parent = new HashMap<>();

    Components(int lineCount) {
        this.lineCount = lineCount;
    }

    void join(int[] lines, int[] transfers) {
        int anchor = lines.length > 0 ? lines[0] : lineCount + transfers[0];
        for (int l : lines) {
            union(anchor, l);
        }
        for (int t : transfers) {
            union(anchor, lineCount + t);
        }
    }

    void forEach(Decision decision) {
        TreeMap<Integer, TreeSet<Integer>> members = new TreeMap<>();
        for (int node : parent.keySet()) {
            members.computeIfAbsent(find(node), k -> new TreeSet<>()).add(node);
        }
        List<TreeSet<Integer>> ordered = new ArrayList<>(members.values());
        ordered.sort((a, b) -> Integer.compare(a.first(), b.first()));
        for (TreeSet<Integer> component : ordered) {
            int[] lines = component.stream().filter(node -> node < lineCount).mapToInt(Integer::intValue).toArray();
            int[] transfers = component.stream().filter(node -> node >= lineCount)
                    .mapToInt(node -> node - lineCount).toArray();
            decision.decide(lines, transfers);
        }
    }

    private int find(int node) {
        int root = node;
        Integer up;
        while ((up = parent.get(root)) != null && up != root) {
            root = up;
        }
        parent.putIfAbsent(node, node);
        int x = node;
        while (x != root) {
            int next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
