# Regenerates tests/fixtures/reference/*.json: datasets plus NetworkX 2.8 reference values. Run: /usr/bin/python3 scripts/reference/make_fixtures.py
import json
import os
import sys

# NetworkX sums over sets, whose order follows string hashing: fix the hash seed so that a rerun
# reproduces the fixtures to the last digit instead of differing by 1e-17.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

sys.dont_write_bytecode = True  # keep scripts/reference free of __pycache__
import math
import re
import statistics

import networkx as nx

from datasets import FIXTURES, all_datasets

SEEDS = range(10)


def year_of(value):
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value)
    m = re.match(r"^(-?\d{1,4})", value)
    return int(m.group(1)) if m else None


def effective_sectors(agreement, actors_by_id):
    if agreement.get("sectors"):
        return set(agreement["sectors"])
    return {s for p in agreement["parties"] for s in actors_by_id.get(p, {}).get("sectors", [])}


def apply_filters(ds, f):
    """format.md, "Derived graphs": written independently of src/model/filter.ts on purpose."""
    by_id = {a["id"]: a for a in ds["actors"]}
    S, C = set(f["sectors"]), set(f["countries"])

    def agreement_ok(a):
        if f["agreementKinds"] and a["kind"] not in f["agreementKinds"]:
            return False
        if f["year"] is not None:
            since, until = year_of(a.get("since")), year_of(a.get("until"))
            if (since is not None and since > f["year"]) or (until is not None and until < f["year"]):
                return False
        return not S or bool(effective_sectors(a, by_id) & S)

    candidates = [a for a in ds["agreements"] if agreement_ok(a)]
    in_candidate = {p for a in candidates for p in a["parties"]} if S else set()
    actors = [
        a
        for a in ds["actors"]
        if (not f["actorKinds"] or a["kind"] in f["actorKinds"])
        and (not C or a["country"] in C)
        and (not S or set(a.get("sectors", [])) & S or a["id"] in in_candidate)
    ]
    ids = {a["id"] for a in actors}
    passing = []
    for a in candidates:
        parties = list(dict.fromkeys(p for p in a["parties"] if p in ids))
        if len(parties) >= 2:
            passing.append((a, parties))
    return actors, passing


def actor_graph(actors, passing, projection):
    G = nx.Graph()
    for a in actors:
        G.add_node(a["id"])
    for a, parties in passing:
        if projection == "hub" and len(parties) >= 3:
            for p in parties:
                G.add_edge(("hub", a["id"]), p, weight=1)
            continue
        w = a.get("weight", 1)
        for i in range(len(parties)):
            for j in range(i + 1, len(parties)):
                u, v = parties[i], parties[j]
                if G.has_edge(u, v):
                    G[u][v]["weight"] += w
                else:
                    G.add_edge(u, v, weight=w)
    return G


def country_graph(actors, passing):
    country = {a["id"]: a["country"] for a in actors}
    G = nx.Graph()
    for a in actors:
        G.add_node(a["country"])
    for _, parties in passing:
        cs = sorted({country[p] for p in parties})
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                if G.has_edge(cs[i], cs[j]):
                    G[cs[i]][cs[j]]["weight"] += 1
                else:
                    G.add_edge(cs[i], cs[j], weight=1)
    return G


def clean(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def actor_expectations(G, actors, passing):
    try:
        eig = nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10)
    except nx.PowerIterationFailedConvergence:
        eig = None
    bc = nx.betweenness_centrality(G, normalized=True)
    cl = nx.closeness_centrality(G)
    dc = nx.degree_centrality(G)
    pr = nx.pagerank(G, alpha=0.85, weight="weight", max_iter=1000, tol=1e-10)
    con = nx.constraint(G)
    country = {a["id"]: a["country"] for a in actors}
    partners = {a["id"]: set() for a in actors}
    for _, parties in passing:
        for p in parties:
            partners[p] |= {q for q in parties if country[q] != country[p]}
    return {
        v: {
            "degree": G.degree(v),
            "strength": G.degree(v, weight="weight"),
            "degreeCentrality": dc[v],
            "betweenness": bc[v],
            "closeness": cl[v],
            "eigenvector": None if eig is None else eig[v],
            "pagerank": pr[v],
            "constraint": clean(con[v]),
            "crossBorderPartners": len(partners[v]),
        }
        for v in (a["id"] for a in actors)
    }


def country_expectations(CG, actors, passing):
    bc = nx.betweenness_centrality(CG, normalized=True)
    pr = nx.pagerank(CG, alpha=0.85, weight="weight", max_iter=1000, tol=1e-10)
    country = {a["id"]: a["country"] for a in actors}
    out = {}
    for c in CG.nodes:
        mine = [ps for _, ps in passing if any(country[p] == c for p in ps)]
        out[c] = {
            "actors": sum(1 for a in actors if a["country"] == c),
            "agreements": len(mine),
            "crossBorderAgreements": sum(1 for ps in mine if len({country[p] for p in ps}) >= 2),
            "partnerCountries": CG.degree(c),
            "strength": CG.degree(c, weight="weight"),
            "betweenness": bc[c],
            "pagerank": pr[c],
        }
    return out


def recommendations(G, actors, passing):
    """analysis.md: other country, a shared sector, not joined; Adamic–Adar + 1 per shared sector; best 3."""
    joined = set()
    for _, ps in passing:
        joined |= {(p, q) for p in ps for q in ps}
    out, pairs = [], []
    for a in actors:
        cands = []
        for b in actors:
            shared = set(a.get("sectors", [])) & set(b.get("sectors", []))
            if b["country"] == a["country"] or not shared or (a["id"], b["id"]) in joined:
                continue
            aa = next(nx.adamic_adar_index(G, [(a["id"], b["id"])]))[2]
            if aa > 0:
                pairs.append([a["id"], b["id"], aa])
            cands.append((round(aa + len(shared), 9), b["id"], aa + len(shared)))
        cands.sort(key=lambda t: (-t[0], t[1]))
        out += [{"actor": a["id"], "partner": b, "score": s} for _, b, s in cands[:3]]
    return out, pairs


def brokerage(G, actors, top=3):
    """analysis.md "Explained brokerage": for the `top` actors by betweenness, the sum over actor pairs {s, t}
    (s, t != v) of (shortest s-t paths through v) / (shortest s-t paths), by the pair's countries. Counted by
    listing every shortest path with NetworkX, not with the sigma product the app uses."""
    country = {a["id"]: a["country"] for a in actors}
    bc = nx.betweenness_centrality(G, normalized=False)
    ranked = sorted((a["id"] for a in actors), key=lambda v: (-bc[v], v))[:top]
    out = {}
    ids = [a["id"] for a in actors]
    for v in ranked:
        if bc[v] <= 0:
            continue
        sums = {}
        total = 0.0
        for i, s in enumerate(ids):
            for t in ids[i + 1:]:
                if v in (s, t) or not nx.has_path(G, s, t):
                    continue
                paths = list(nx.all_shortest_paths(G, s, t))
                through = sum(1 for p in paths if v in p)
                if through == 0:
                    continue
                part = through / len(paths)
                pair = tuple(sorted((country[s], country[t])))
                sums[pair] = sums.get(pair, 0.0) + part
                total += part
        out[v] = {
            "unnormalised": total,
            "networkxBetweenness": bc[v],
            "byCountryPair": [{"countries": list(k), "pairs": w} for k, w in sorted(sums.items())],
        }
    return out


def case(ds, f, projection):
    actors, passing = apply_filters(ds, f)
    G = actor_graph(actors, passing, projection)
    CG = country_graph(actors, passing)
    expected = {
        "actors": actor_expectations(G, actors, passing),
        "countries": country_expectations(CG, actors, passing),
        "passingAgreements": [a["id"] for a, _ in passing],
    }
    if G.size() > 0:
        mods = [nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in SEEDS]
        by_country = {}
        for a in actors:
            by_country.setdefault(a["country"], set()).add(a["id"])
        parts = list(by_country.values()) + [{v} for v in G.nodes if isinstance(v, tuple)]
        expected["louvainModularityMean"] = statistics.mean(mods)
        expected["modularityByCountry"] = nx.community.modularity(G, parts)
    expected["recommendations"], expected["adamicAdar"] = recommendations(G, actors, passing)
    if projection == "clique":
        expected["brokerage"] = brokerage(G, actors)
    return {"filters": f, "projection": projection, "expected": expected}


def main():
    for name, ds, cases in all_datasets():
        doc = {
            "_about": "Generated by scripts/reference/make_fixtures.py with NetworkX %s; do not edit by hand." % nx.__version__,
            "name": name,
            "dataset": ds,
            "cases": [case(ds, f, p) for f, p in cases],
        }
        with open(os.path.join(FIXTURES, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(doc, out, indent=1, ensure_ascii=False)
            out.write("\n")
        print("wrote", name + ".json", len(cases), "cases")


if __name__ == "__main__":
    main()
