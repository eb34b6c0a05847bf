# Builds the alliance-graph@1 datasets of the reference fixtures: classic networks as bilateral agreements, plus hand-made corners.
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "tests", "fixtures", "reference")
ROBUSTNESS_FIXTURES = os.path.join(FIXTURES, "robustness")
TRAJECTORY_FIXTURES = os.path.join(FIXTURES, "trajectories")
SAMPLE = os.path.join(HERE, "..", "..", "data", "bsr-stars.json")


def read_edges(name):
    with open(os.path.join(FIXTURES, name), newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f)]


def from_edges(title, edges, country_of, sectors_of, nodes=None):
    """One actor per node, one bilateral agreement per edge (its weight, if any)."""
    ids = list(nodes or [])
    for e in edges:
        for key in ("source", "target"):
            if e[key] not in ids:
                ids.append(e[key])
    actors = [
        {"id": v, "label": "Actor " + v, "kind": "cluster", "country": country_of(i, v), "sectors": sectors_of(i, v)}
        for i, v in enumerate(ids)
    ]
    agreements = []
    for i, e in enumerate(edges):
        a = {"id": "e%d" % i, "kind": "bilateral", "parties": [e["source"], e["target"]]}
        if e.get("weight"):
            a["weight"] = float(e["weight"])
        agreements.append(a)
    countries = sorted({a["country"] for a in actors})
    sectors = sorted({s for a in actors for s in a["sectors"]})
    return {
        "format": "alliance-graph@1",
        "title": title,
        "sectors": [{"id": s, "label": s.title(), "target": True} for s in sectors],
        "countries": [{"code": c} for c in countries],
        "actors": actors,
        "agreements": agreements,
    }


def florentine():
    # Padgett's 16th family, Pucci, has no marriage ties: the isolate that makes the graph disconnected.
    edges = read_edges("florentine-families.edges.csv")
    nodes = sorted({e["source"] for e in edges} | {e["target"] for e in edges}) + ["Pucci"]
    return from_edges(
        "Florentine families (with Pucci)",
        edges,
        lambda i, v: ["IT", "FR", "DE"][i % 3],
        lambda i, v: [["banking"], ["textiles"], ["banking", "textiles"]][i % 3],
        nodes,
    )


def karate():
    clubs = {row["id"]: row["club"] for row in read_edges("karate-club.nodes.csv")}
    nodes = [str(i) for i in range(34)]
    return from_edges(
        "Zachary's karate club (weighted)",
        read_edges("karate-club.edges.csv"),
        lambda i, v: ("FI" if clubs[v] == "Mr. Hi" else "EE") if i % 3 else "SE",
        lambda i, v: [["karate"], ["karate", "judo"]][i % 2],
        nodes,
    )


def lesmis():
    return from_edges(
        "Les Misérables co-appearances (weighted)",
        read_edges("les-miserables.edges.csv"),
        lambda i, v: ["FR", "BE", "CH", "LU"][i % 4],
        lambda i, v: [["novel"], ["theatre"], ["novel", "theatre"]][i % 3],
    )


def kite():
    return from_edges(
        "Krackhardt kite",
        read_edges("krackhardt-kite.edges.csv"),
        lambda i, v: ["DK", "NO"][i % 2],
        lambda i, v: ["design"],
    )


def two_chains():
    # Two paths of 8 and 9 actors: the (A + I) power iteration converges too slowly, NetworkX raises.
    edges = [{"source": "a%d" % i, "target": "a%d" % (i + 1)} for i in range(7)]
    edges += [{"source": "b%d" % i, "target": "b%d" % (i + 1)} for i in range(8)]
    return from_edges("Two chains", edges, lambda i, v: ["LT", "PL"][i % 2], lambda i, v: ["logistics"])


def actor(id, country, kind, sectors):
    return {"id": id, "label": "Label of " + id, "kind": kind, "country": country, "sectors": sectors}


def corners():
    """A star, a path, a clique from one multilateral agreement, repeated and weighted ties, isolates."""
    actors = [
        actor("hub", "FI", "cluster", ["cleantech"]),
        actor("leaf-se", "SE", "agency", ["cleantech"]),
        actor("leaf-ee", "EE", "cluster", ["cleantech", "health"]),
        actor("leaf-lv", "LV", "cluster", ["cleantech"]),
        actor("leaf-dk", "DK", "programme", ["ict"]),
        actor("leaf-fi", "FI", "cluster", ["cleantech"]),
        actor("p0", "SE", "cluster", ["health"]),
        actor("p1", "SE", "cluster", ["health"]),
        actor("__proto__", "EE", "cluster", ["health"]),
        actor("p3", "LV", "agency", ["health", "ict"]),
        actor("p4", "LV", "cluster", ["health"]),
        actor("k0", "DK", "cluster", ["ict"]),
        actor("k1", "FI", "network", ["ict", "cleantech"]),
        actor("k2", "EE", "cluster", ["ict"]),
        actor("k3", "SE", "cluster", ["ict", "health"]),
        actor("constructor", "LV", "cluster", ["cleantech"]),
        actor("lonely", "DK", "agency", []),
    ]
    ag = []

    def add(id, kind, parties, **extra):
        ag.append(dict({"id": id, "kind": kind, "parties": parties}, **extra))

    for i, leaf in enumerate(["leaf-se", "leaf-ee", "leaf-lv", "leaf-dk", "leaf-fi"]):
        add("star-%d" % i, "bilateral", ["hub", leaf], since=2008 + i, until=None if i % 2 else 2013)
    add("path-0", "bilateral", ["p0", "p1"], sectors=["health"], since=2010)
    add("path-1", "export-promotion", ["p1", "__proto__"], weight=2, since=2011, until=2014)
    add("path-2", "bilateral", ["__proto__", "p3"], since="2012-05-01")
    add("path-3", "sister-city", ["p3", "p4"], sectors=["ict"], until="2016-12-31")
    add("quad", "multilateral", ["k0", "k1", "k2", "k3"], label="Quadrilateral initiative", since=2009)
    add("k01-a", "bilateral", ["k0", "k1"], weight=2)
    add("k01-b", "bilateral", ["k0", "k1"], weight=0.5, since=2014)
    add("k01-c", "soft-landing", ["k1", "k0"], sectors=["cleantech"])
    add("bridge", "multilateral", ["k3", "p4", "leaf-dk"], sectors=["ict"], weight=1.5, since=2012)
    return {
        "format": "alliance-graph@1",
        "title": "Corners: star, path, clique, repeats, weights, multilateral, isolates",
        "sectors": [
            {"id": "cleantech", "label": "Cleantech", "target": True},
            {"id": "health", "label": "Health", "target": True},
            {"id": "ict", "label": "ICT"},
        ],
        "countries": [{"code": c} for c in ["DK", "EE", "FI", "LV", "SE"]],
        "actors": actors,
        "agreements": ag,
    }


def sample():
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)


def many_agreements():
    """1,010 agreements (over the exact limit) among 40 actors: repeated pairs, some three-party, 2 isolates.
    A fixed linear congruential sequence, so the file is the same on every run."""
    countries = ["FI", "SE", "EE", "LV", "DK"]
    actors = [actor("m%02d" % i, countries[i % 5], "cluster", ["ict"]) for i in range(40)]
    state = 12345

    def draw(k):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return state % k

    ag = []
    for i in range(1010):
        # Skewed towards low numbers so a few actors lead; m38 and m39 are never drawn (isolates).
        a = min(draw(38), draw(38))
        b = draw(38)
        if a == b:
            b = (b + 1) % 38
        parties = ["m%02d" % a, "m%02d" % b]
        if i % 7 == 0:
            c = draw(38)
            if c not in (a, b):
                parties.append("m%02d" % c)
        ag.append({"id": "g%04d" % i, "kind": "bilateral" if len(parties) == 2 else "multilateral", "parties": parties,
                   "weight": 1 + draw(3) / 2})
    return {
        "format": "alliance-graph@1",
        "title": "Many agreements among few actors",
        "sectors": [{"id": "ict", "label": "ICT", "target": True}],
        "countries": [{"code": c} for c in countries],
        "actors": actors,
        "agreements": ag,
    }


def drifting_components():
    """Components that form, merge and fall apart over 2007-2017, two actors never tied, a year (2007) with no
    agreement at all, and one actor (s2) that only a health filter's 2014 bridge brings in (analysis.md "Trajectories")."""
    actors = [
        actor("s-hub", "FI", "cluster", ["cleantech"]),
        actor("s1", "SE", "cluster", ["cleantech"]),
        actor("s2", "EE", "agency", ["cleantech"]),
        actor("s3", "LV", "cluster", ["cleantech"]),
        actor("t1", "DK", "cluster", ["ict"]),
        actor("t2", "FI", "network", ["ict"]),
        actor("t3", "SE", "cluster", ["ict"]),
        actor("p1", "EE", "cluster", ["health"]),
        actor("p2", "LV", "cluster", ["health"]),
        actor("p3", "DK", "agency", ["health"]),
        actor("p4", "FI", "cluster", ["health"]),
        actor("i1", "SE", "cluster", ["ict"]),
        actor("i2", "LV", "agency", ["health"]),
        actor("j1", "DK", "cluster", ["cleantech"]),
    ]
    ag = []

    def add(id, kind, parties, **extra):
        ag.append(dict({"id": id, "kind": kind, "parties": parties}, **extra))

    add("star-1", "bilateral", ["s-hub", "s1"], since=2008, until=2012)
    add("star-2", "bilateral", ["s-hub", "s2"], since=2010)
    add("star-3", "bilateral", ["s-hub", "s3"], since="2011-03-01", until="2014-06-30")
    add("tri", "multilateral", ["t1", "t2", "t3"], since=2009, until=2013, weight=2)
    add("tri-again", "bilateral", ["t1", "t2"], since=2012, weight=0.5)
    add("path-1", "bilateral", ["p1", "p2"], since=2010, until=2011)
    add("path-2", "bilateral", ["p2", "p3"], since=2011)
    add("path-3", "bilateral", ["p3", "p4"], since=2013, until=2015)
    add("bridge", "bilateral", ["s2", "p1"], since=2014, until=2014)
    add("join", "bilateral", ["j1", "s-hub"], since=2015)
    add("late-three", "multilateral", ["t3", "p4", "s3"], since=2016, weight=1.5)
    return {
        "format": "alliance-graph@1",
        "title": "Drifting components",
        "sectors": [
            {"id": "cleantech", "label": "Cleantech", "target": True},
            {"id": "health", "label": "Health", "target": True},
            {"id": "ict", "label": "ICT"},
        ],
        "countries": [{"code": c} for c in ["DK", "EE", "FI", "LV", "SE"]],
        "actors": actors,
        "agreements": ag,
    }


NO_FILTERS = {"sectors": [], "countries": [], "actorKinds": [], "agreementKinds": [], "year": None}


def filters(**over):
    return dict(NO_FILTERS, **over)


def all_datasets():
    """(name, dataset, [(filters, projection)])"""
    plain = [(filters(), "clique")]
    return [
        ("florentine", florentine(), plain + [(filters(sectors=["banking"]), "clique")]),
        ("karate", karate(), plain + [(filters(countries=["FI", "SE"]), "clique")]),
        ("lesmis", lesmis(), plain),
        ("kite", kite(), plain),
        ("two-chains", two_chains(), plain),
        (
            "corners",
            corners(),
            [
                (filters(), "clique"),
                (filters(), "hub"),
                (filters(sectors=["cleantech"]), "clique"),
                (filters(countries=["FI", "SE", "DK"]), "clique"),
                (filters(year=2012), "clique"),
                (filters(actorKinds=["cluster"]), "clique"),
                (filters(agreementKinds=["bilateral", "multilateral"]), "hub"),
                (filters(sectors=["health", "ict"], year=2013), "hub"),
            ],
        ),
    ]
