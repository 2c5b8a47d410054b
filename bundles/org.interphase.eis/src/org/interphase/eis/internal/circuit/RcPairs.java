package org.interphase.eis.internal.circuit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.Circuit.Pair;

/** The parallel pairs R || CPE and R || C of a circuit (the elements physical quantities are derived from). */
public final class RcPairs {

    private RcPairs() {
    }

    public static List<Pair> of(Node root) {
        List<Pair> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Pair> out) {
        switch (n) {
            case Node.Element e -> {
            }
            case Node.Series s -> s.children().forEach(ch -> collect(ch, out));
            case Node.Parallel p -> {
                if (p.children().size() == 2 && p.children().get(0) instanceof Node.Element a
                        && p.children().get(1) instanceof Node.Element b) {
                    Node.Element r = a.type() == BasicElement.R ? a : b.type() == BasicElement.R ? b : null;
                    Node.Element q = r == a ? b : a;
                    if (r != null && (q.type() == BasicElement.CPE || q.type() == BasicElement.C)) {
                        out.add(new Pair(r.name(), q.name(), q.type() == BasicElement.CPE));
                        return;
                    }
                }
                p.children().forEach(ch -> collect(ch, out));
            }
        }
    }
}
