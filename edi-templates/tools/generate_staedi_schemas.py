#!/usr/bin/env python3
"""Generate StAEDI (io.xlate:staedi) implementation schemas from pyx12 guide maps.

Input : the pyx12 maps in ../shared/x12-guides beside the repository (or --guides DIR): one map per
        implementation guide, plus dataele.xml (element dictionary) and codes.xml
        (external code lists).  pyx12 is BSD-3-Clause; see LICENSE-pyx12.txt.
Output: edi-templates/src/main/resources/x12/<guide version>/<transaction>.xml

Each output file holds both parts StAEDI needs (namespace http://xlate.io/EDISchema/v4):

* <transaction>: the *standard* structure.  It is rebuilt from the map by merging every
  guide loop/segment that sits on the same standard position: guide loops that start with
  the same segment at the same level (2010AA/2010AB/... -> one NM1 loop) become one standard
  loop, HL loops that pyx12 nests (2000A > 2000B > 2000C) become one repeating HL loop (the
  X12 standard is flat there), repeated segment variants (REF*EI, REF*G1, ...) become one
  standard segment.  Elements/composites come from the union of all occurrences of a
  segment; types and lengths come from dataele.xml; X12 syntax notes become <syntax> rules.
  The standard part is deliberately permissive (no element or segment is mandatory there).
* <implementation>: the guide.  Every non-"Not Used" loop/segment/element of the map with
  its usage (R -> minOccurs 1, S -> 0, N -> omitted, so StAEDI reports it when present),
  repeat counts and valid codes.  Where several guide loops or segments implement the same
  standard node side by side, a discriminator is chosen automatically: the first element
  (or component) position whose code lists are present and pairwise disjoint in all
  variants (NM101, HL03, REF01, DTP01, HI01-1, CTX01-1, ...).

Re-run:  python3 edi-templates/tools/generate_staedi_schemas.py   (standard library only)
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
DEFAULT_GUIDES = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "x12-guides"))
DEFAULT_OUT = os.path.join(MODULE, "src", "main", "resources", "x12")

# (map file, guide version directory, transaction set id)
GUIDES = [
    ("837.5010.X222.A1.xml", "005010X222A1", "837"),
    ("835.5010.X221.A1.xml", "005010X221A1", "835"),
    ("999.5010X231.A1.xml", "005010X231A1", "999"),
    ("277.5010.X214.xml", "005010X214", "277"),
]

# External code lists from codes.xml that are enforced.  remark_code and claim_status are
# maintained by WPC and change several times a year; enforcing a frozen copy would reject
# valid current files, so those elements are left unrestricted (length/type only).
ENFORCED_EXTERNAL = {"states", "country", "currency", "pos", "entity_id", "claim_status_cat"}

# Code lists the guide gives by reference to an external code source that pyx12 does not
# carry.  Keyed by (transaction id, element xid).
SUPPLEMENTS = {
    # Code source 235 (claim frequency type): original, replacement, void/cancel.
    ("837", "CLM05-03"): ["1", "7", "8"],
}

UNBOUNDED = 99999
SYNTAX_TYPES = {"P": "paired", "R": "required", "E": "exclusion", "C": "conditional", "L": "list"}


# --------------------------------------------------------------------------- model
class Elem:
    def __init__(self, node, codes_db, tx):
        self.xid = node.get("xid")
        self.data_ele = node.findtext("data_ele").strip()
        self.name = (node.findtext("name") or "").strip()
        self.usage = node.findtext("usage").strip()
        self.seq = int(node.findtext("seq"))
        self.repeat = int(node.findtext("repeat") or 1)
        self.codes = []
        vc = node.find("valid_codes")
        if vc is not None:
            self.codes = [c.text.strip() for c in vc.findall("code") if c.text]
            ext = vc.get("external")
            if ext and ext in ENFORCED_EXTERNAL and not self.codes:
                self.codes = list(codes_db[ext])
        if (tx, self.xid) in SUPPLEMENTS and not self.codes:
            self.codes = list(SUPPLEMENTS[(tx, self.xid)])
        self.composite = False


class Comp:
    def __init__(self, node, codes_db, tx):
        self.data_ele = node.findtext("data_ele").strip()
        self.name = (node.findtext("name") or "").strip()
        self.usage = node.findtext("usage").strip()
        self.seq = int(node.findtext("seq"))
        self.xid = node.get("xid") or "%s%02d" % (node.get("_seg"), self.seq)
        self.repeat = int(node.findtext("repeat") or 1)
        self.syntax = [s.text.strip() for s in node.findall("syntax")]
        self.components = [Elem(e, codes_db, tx) for e in node.findall("element")]
        self.composite = True


class Seg:
    kind = "segment"

    def __init__(self, node, table, codes_db, tx):
        self.id = node.get("xid")
        self.name = (node.findtext("name") or "").strip()
        self.usage = node.findtext("usage").strip()
        self.pos = int(node.findtext("pos"))
        self.max_use = parse_repeat(node.findtext("max_use"))
        self.table = table
        self.syntax = [s.text.strip() for s in node.findall("syntax")]
        self.items = []
        for child in node:
            if child.tag == "element":
                self.items.append(Elem(child, codes_db, tx))
            elif child.tag == "composite":
                child.set("_seg", self.id)
                self.items.append(Comp(child, codes_db, tx))

    def key(self):
        return ("S", self.id)

    def sort_key(self):
        return (self.table, self.pos)


class Loop:
    kind = "loop"

    def __init__(self, xid, name, usage, repeat, children):
        self.id = xid
        self.name = name
        self.usage = usage
        self.repeat = repeat
        self.children = children

    def first(self):
        return self.children[0]

    def key(self):
        return ("L", self.first().id)

    def sort_key(self):
        return self.first().sort_key()


def parse_repeat(text):
    text = (text or "1").strip()
    if text.startswith(">"):
        return UNBOUNDED
    return min(int(text), UNBOUNDED)


# --------------------------------------------------------------------------- reading
def load_codes(path):
    db = {}
    for cs in ET.parse(path).getroot().findall("codeset"):
        db[cs.findtext("id").strip()] = [c.text.strip() for c in cs.iter("code") if c.text]
    return db


def load_dataele(path):
    db = {}
    for de in ET.parse(path).getroot().findall("data_ele"):
        db[de.get("ele_num")] = de.attrib
    return db


def read_children(node, table, codes_db, tx):
    """Read map children, dropping ST/SE and flattening pyx12 'wrapper' loops (tables)."""
    out = []
    table_no = table
    for child in node:
        if child.tag == "segment":
            if child.get("xid") in ("ST", "SE"):
                continue
            out.append(Seg(child, table, codes_db, tx))
        elif child.tag == "loop":
            if child.get("type") == "wrapper":
                table_no += 1
                out.extend(read_children(child, table_no, codes_db, tx))
            else:
                kids = read_children(child, table, codes_db, tx)
                if not kids:
                    continue
                out.append(
                    Loop(
                        child.get("xid"),
                        (child.findtext("name") or "").strip(),
                        child.findtext("usage").strip(),
                        parse_repeat(child.findtext("repeat")),
                        kids,
                    )
                )
    return out


def find_st_loop(root):
    for loop in root.iter("loop"):
        if loop.get("xid") == "ST_LOOP":
            return loop
    raise SystemExit("no ST_LOOP in map")


def hoist(children, parent_key):
    """Move loops whose first segment equals the enclosing loop's first segment (pyx12
    nests 2000B inside 2000A) up to be siblings of that loop, as in the X12 standard."""
    kept, hoisted = [], []
    for c in children:
        if c.kind == "segment":
            kept.append(c)
            continue
        first = c.first()
        sub_kept, sub_hoisted = hoist(c.children, (first.id, first.pos))
        c.children = sub_kept
        for x in [c] + sub_hoisted:
            xf = x.first()
            if parent_key is not None and (xf.id, xf.pos) == parent_key:
                hoisted.append(x)
            else:
                kept.append(x)
    return kept, hoisted


# --------------------------------------------------------------------------- standard
class StdNode:
    def __init__(self, kind, ident, members):
        self.kind = kind  # segment | loop
        self.id = ident  # segment id or first segment id (for loops)
        self.members = members  # implementation nodes mapped onto this standard node
        self.code = None
        self.children = []


def build_standard(impl_children, loop_codes, warnings, path):
    groups = {}
    order = []
    for c in impl_children:
        k = c.key()
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(c)
    order.sort(key=lambda k: min(m.sort_key() for m in groups[k]))
    result = []
    for k in order:
        members = groups[k]
        positions = {m.sort_key() for m in members}
        if len(positions) > 1 and k[0] == "S":
            warnings.append("%s: segment %s at several positions %s" % (path, k[1], sorted(positions)))
        node = StdNode("segment" if k[0] == "S" else "loop", k[1], members)
        if node.kind == "loop":
            base = re.sub(r"[A-Z]+$", "", members[0].id)
            code = "L" + base
            n = 2
            while code in loop_codes:
                code = "L%s_%d" % (base, n)
                n += 1
            loop_codes.add(code)
            node.code = code
            for m in members:
                m.std_code = code
            merged = []
            for m in members:
                for x in m.children:
                    x.std_parent = id(m)
                    merged.append(x)
            node.children = build_standard(merged, loop_codes, warnings, path + "/" + code)
        result.append(node)
    return result


def sum_max(members, attr):
    """Maximum use inside one occurrence of the standard parent: only one guide variant of
    the parent is active at a time, so sum the variants per parent and take the largest."""
    per_parent = {}
    for m in members:
        key = getattr(m, "std_parent", None)
        per_parent[key] = per_parent.get(key, 0) + getattr(m, attr)
    return min(max(per_parent.values()), UNBOUNDED)


def collect_segments(nodes, acc):
    for n in nodes:
        if n.kind == "segment":
            acc.setdefault(n.id, []).append(n)
        else:
            collect_segments(n.children, acc)
    return acc


# --------------------------------------------------------------------------- discriminators
def item_at(seg, position):
    for it in seg.items:
        if it.seq == position:
            return it
    return None


def codes_at(seg, elem_pos, comp_pos):
    it = item_at(seg, elem_pos)
    if it is None or it.usage == "N":
        return None
    if it.composite:
        if comp_pos is None:
            return None
        for c in it.components:
            if c.seq == comp_pos and c.usage != "N":
                return set(c.codes) or None
        return None
    if comp_pos is not None:
        return None
    return set(it.codes) or None


def choose_discriminator(segments):
    """Return (element, component|None) whose code lists are present and disjoint."""
    max_pos = max(max((it.seq for it in s.items), default=0) for s in segments)
    for p in range(1, max_pos + 1):
        comps = [None]
        first = item_at(segments[0], p)
        if first is not None and first.composite:
            comps = [c.seq for c in first.components]
        for cp in comps:
            sets = [codes_at(s, p, cp) for s in segments]
            if any(x is None for x in sets):
                continue
            union = set()
            disjoint = True
            for x in sets:
                if union & x:
                    disjoint = False
                    break
                union |= x
            if disjoint:
                return p, cp
    return None


def assign_discriminators(children, warnings, path):
    """Group consecutive siblings that implement the same standard node; give each a
    discriminator when there is more than one."""
    i = 0
    while i < len(children):
        j = i
        while j + 1 < len(children) and children[j + 1].key() == children[i].key():
            j += 1
        group = children[i : j + 1]
        for g in group:
            g.discriminator = None
        if len(group) > 1:
            segs = [g.first() if g.kind == "loop" else g for g in group]
            disc = choose_discriminator(segs)
            if disc is None:
                warnings.append(
                    "%s: no discriminator for %s" % (path, ", ".join(g.id + ":" + g.name for g in group))
                )
            else:
                for g in group:
                    g.discriminator = disc
        i = j + 1
    for c in children:
        if c.kind == "loop":
            assign_discriminators(c.children, warnings, path + "/" + c.id)


# --------------------------------------------------------------------------- writing
BASES = {"AN": "string", "ID": "identifier", "DT": "date", "TM": "time", "R": "decimal", "B": "binary"}


def element_type_xml(num, de):
    dt = de["data_type"]
    attrs = [("name", "DE" + num), ("code", num)]
    if dt.startswith("N"):
        attrs.append(("base", "numeric"))
        scale = int(dt[1:] or 0)
        if scale:
            attrs.append(("scale", str(scale)))
    else:
        attrs.append(("base", BASES[dt]))
    attrs += [("minLength", de["min_len"]), ("maxLength", de["max_len"])]
    attrs.append(("title", de.get("name", "")))
    return "  <elementType %s/>" % " ".join("%s=%s" % (k, quoteattr(v)) for k, v in attrs)


def syntax_xml(rules, indent):
    out = []
    seen = set()
    for r in rules:
        if r in seen:
            continue
        seen.add(r)
        positions = [int(r[i : i + 2]) for i in range(1, len(r), 2)]
        out.append('%s<syntax type="%s">' % (indent, SYNTAX_TYPES[r[0]]))
        for p in positions:
            out.append("%s  <position>%d</position>" % (indent, p))
        out.append("%s</syntax>" % indent)
    return out


def occurs(min_o, max_o):
    s = ""
    if min_o:
        s += ' minOccurs="%d"' % min_o
    if max_o != 1:
        s += ' maxOccurs="%d"' % max_o
    return s


def enumeration_xml(codes, indent):
    out = ["%s<enumeration>" % indent]
    for c in sorted(set(codes), key=lambda v: (len(v), v)):
        out.append("%s  <value>%s</value>" % (indent, escape(c)))
    out.append("%s</enumeration>" % indent)
    return out


def impl_element_xml(e, indent):
    attrs = ' position="%d"' % e.seq
    attrs += ' minOccurs="%d"' % (1 if e.usage == "R" else 0)
    if e.repeat > 1:
        attrs += ' maxOccurs="%d"' % e.repeat
    attrs += " title=%s" % quoteattr(e.xid + " " + e.name)
    if not e.codes:
        return ["%s<element%s/>" % (indent, attrs)]
    return ["%s<element%s>" % (indent, attrs)] + enumeration_xml(e.codes, indent + "  ") + ["%s</element>" % indent]


def impl_segment_xml(s, indent):
    attrs = ' type="%s"' % s.id
    if s.discriminator:
        p, cp = s.discriminator
        attrs += ' discriminator="%s"' % (("%d.%d" % (p, cp)) if cp else str(p))
    attrs += ' minOccurs="%d" maxOccurs="%d"' % (1 if s.usage == "R" else 0, s.max_use)
    attrs += " title=%s" % quoteattr(s.name)
    out = ["%s<segment%s>" % (indent, attrs), "%s  <sequence>" % indent]
    for it in s.items:
        if it.usage == "N":
            continue
        if it.composite:
            comps = [c for c in it.components if c.usage != "N"]
            cattrs = ' position="%d" minOccurs="%d"' % (it.seq, 1 if it.usage == "R" else 0)
            if it.repeat > 1:
                cattrs += ' maxOccurs="%d"' % it.repeat
            cattrs += " title=%s" % quoteattr(it.xid + " " + it.name)
            out.append("%s    <composite%s>" % (indent, cattrs))
            out.append("%s      <sequence>" % indent)
            for c in comps:
                out.extend(impl_element_xml(c, indent + "        "))
            out.append("%s      </sequence>" % indent)
            out.append("%s    </composite>" % indent)
        else:
            out.extend(impl_element_xml(it, indent + "    "))
    out.append("%s  </sequence>" % indent)
    out.append("%s</segment>" % indent)
    return out


def impl_children_xml(children, indent):
    out = []
    for c in children:
        if c.usage == "N":
            continue
        if c.kind == "segment":
            out.extend(impl_segment_xml(c, indent))
        else:
            attrs = ' code="%s" type="%s"' % (c.id, c.std_code)
            if c.discriminator:
                p, cp = c.discriminator
                attrs += ' discriminator="%s"' % (("%d.%d" % (p, cp)) if cp else str(p))
            attrs += ' minOccurs="%d" maxOccurs="%d"' % (1 if c.usage == "R" else 0, c.repeat)
            attrs += " title=%s" % quoteattr(c.name)
            out.append("%s<loop%s>" % (indent, attrs))
            out.append("%s  <sequence>" % indent)
            out.extend(impl_children_xml(c.children, indent + "    "))
            out.append("%s  </sequence>" % indent)
            out.append("%s</loop>" % indent)
    return out


def std_children_xml(nodes, indent):
    out = []
    for n in nodes:
        if n.kind == "segment":
            out.append('%s<segment type="%s"%s/>' % (indent, n.id, occurs(0, sum_max(n.members, "max_use"))))
        else:
            out.append('%s<loop code="%s"%s>' % (indent, n.code, occurs(0, sum_max(n.members, "repeat"))))
            out.append("%s  <sequence>" % indent)
            out.extend(std_children_xml(n.children, indent + "    "))
            out.append("%s  </sequence>" % indent)
            out.append("%s</loop>" % indent)
    return out


def generate(guides_dir, map_file, version, tx, codes_db, de_db):
    root = ET.parse(os.path.join(guides_dir, map_file)).getroot()
    title = root.findtext("name").strip()
    impl, _ = hoist(read_children(find_st_loop(root), 0, codes_db, tx), None)
    warnings = []
    std = build_standard(impl, set(), warnings, tx)
    assign_discriminators(impl, warnings, tx)

    # standard segment and composite definitions: union of every occurrence in the map
    seg_defs = {}
    comp_defs = {}
    used_de = set()
    for sid, occs in sorted(collect_segments(impl, {}).items()):
        positions = {}
        rules = []
        for s in occs:
            rules += s.syntax
            for it in s.items:
                prev = positions.get(it.seq)
                if prev is not None and (prev.data_ele != it.data_ele or prev.composite != it.composite):
                    warnings.append("%s%02d: %s vs %s" % (sid, it.seq, prev.data_ele, it.data_ele))
                if prev is None or it.repeat > prev.repeat:
                    positions[it.seq] = it
                if it.composite and it.components:
                    cd = comp_defs.setdefault(it.data_ele, {"components": {}, "syntax": [], "name": it.name})
                    cd["syntax"] += it.syntax
                    for c in it.components:
                        cd["components"].setdefault(c.seq, c.data_ele)
                        used_de.add(c.data_ele)
                elif not it.composite:
                    used_de.add(it.data_ele)
        seg_defs[sid] = (positions, rules, occs[0].name)

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!--",
        "  %s (%s) - StAEDI implementation schema." % (title, version),
        "  GENERATED by edi-templates/tools/generate_staedi_schemas.py from the pyx12 map %s" % map_file,
        "  (with dataele.xml and codes.xml). Do not edit by hand: change the generator and re-run it.",
        "  Source data: pyx12 (https://github.com/azoner/pyx12), Copyright (c) John Holland,",
        "  BSD-3-Clause; licence: ../LICENSE-pyx12.txt (src/main/resources/x12/LICENSE-pyx12.txt).",
        "  <transaction> = X12 standard structure rebuilt from the guide map (permissive);",
        "  <implementation> = guide loops, usage, repeats, code lists and discriminators.",
        "-->",
        '<schema xmlns="http://xlate.io/EDISchema/v4">',
        "  <transaction>",
        "    <sequence>",
    ]
    lines += std_children_xml(std, "      ")
    lines += ["    </sequence>", "  </transaction>", "", "  <implementation>", "    <sequence>"]
    lines += impl_children_xml(impl, "      ")
    lines += ["    </sequence>", "  </implementation>", ""]

    for num in sorted(used_de, key=lambda x: (len(x), x)):
        if num not in de_db:
            raise SystemExit("data element %s missing from dataele.xml" % num)
        lines.append(element_type_xml(num, de_db[num]))
    lines.append("")
    for cid in sorted(comp_defs):
        cd = comp_defs[cid]
        lines.append("  <compositeType name=%s title=%s>" % (quoteattr(cid), quoteattr(cd["name"])))
        lines.append("    <sequence>")
        for seq in range(1, max(cd["components"]) + 1):
            de = cd["components"].get(seq)
            if de is None:
                raise SystemExit("composite %s has a gap at %d" % (cid, seq))
            lines.append('      <element type="DE%s"/>' % de)
        lines.append("    </sequence>")
        lines += syntax_xml(cd["syntax"], "    ")
        lines.append("  </compositeType>")
    lines.append("")
    for sid in sorted(seg_defs):
        positions, rules, name = seg_defs[sid]
        lines.append("  <segmentType name=%s title=%s>" % (quoteattr(sid), quoteattr(name)))
        lines.append("    <sequence>")
        for seq in range(1, max(positions) + 1):
            it = positions.get(seq)
            if it is None:
                raise SystemExit("segment %s has a gap at %d" % (sid, seq))
            if it.composite and it.data_ele not in comp_defs:
                # composite never described by the guide (always "Not Used"): accept any content
                # in the standard; the implementation still reports it as an unused element.
                lines.append("      <any/>")
                continue
            tag = "composite" if it.composite else "element"
            ref = it.data_ele if it.composite else "DE" + it.data_ele
            lines.append('      <%s type="%s"%s/>' % (tag, ref, occurs(0, it.repeat)))
        lines.append("    </sequence>")
        lines += syntax_xml(rules, "    ")
        lines.append("  </segmentType>")
    lines.append("</schema>")
    return "\n".join(lines) + "\n", warnings


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--guides", default=DEFAULT_GUIDES, help="directory with the pyx12 maps")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output x12 resource directory")
    args = ap.parse_args()

    codes_db = load_codes(os.path.join(args.guides, "codes.xml"))
    de_db = load_dataele(os.path.join(args.guides, "dataele.xml"))
    for map_file, version, tx in GUIDES:
        xml, warnings = generate(args.guides, map_file, version, tx, codes_db, de_db)
        target = os.path.join(args.out, version, tx + ".xml")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(xml)
        print("wrote %s (%d bytes)" % (os.path.relpath(target, MODULE), len(xml.encode("utf-8"))))
        for w in warnings:
            print("  warning: " + w, file=sys.stderr)
    lic_src = os.path.join(args.guides, "LICENSE-pyx12.txt")
    with open(lic_src, encoding="utf-8") as src, open(os.path.join(args.out, "LICENSE-pyx12.txt"), "w", encoding="utf-8") as dst:
        dst.write(src.read())
    return 0


if __name__ == "__main__":
    sys.exit(main())
