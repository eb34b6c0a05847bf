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

from datasets import FIXTURES, ROBUSTNESS_FIXTURES, TRAJECTORY_FIXTURES, all_datasets, drifting_components, many_agreements, sample

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
        # format.md: past MAX_CLIQUE_PARTIES (200) passing parties even the clique projection makes a hub node.
        if (projection == "hub" and len(parties) >= 3) or len(parties) > 200:
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


# Rank robustness (analysis.md "Rank robustness"), written from the definition, not from src/analysis/robustness.ts.
ROBUST_TOP = 10
ROBUST_EXACT_LIMIT = 1000
ROBUST_TOLERANCE = 1e-9
ALL_METRICS = ["degree", "strength", "degreeCentrality", "betweenness", "closeness", "eigenvector", "pagerank",
               "constraint", "crossBorderPartners"]


def metric_values(G, actors, passing, metric):
    """One metric of every actor (None where it has no value), with the calls of actor_expectations."""
    ids = [a["id"] for a in actors]
    if metric == "degree":
        return [G.degree(v) for v in ids]
    if metric == "strength":
        return [G.degree(v, weight="weight") for v in ids]
    if metric == "degreeCentrality":
        dc = nx.degree_centrality(G)
        return [dc[v] for v in ids]
    if metric == "betweenness":
        bc = nx.betweenness_centrality(G, normalized=True)
        return [bc[v] for v in ids]
    if metric == "closeness":
        cl = nx.closeness_centrality(G)
        return [cl[v] for v in ids]
    if metric == "eigenvector":
        try:
            eig = nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10)
        except nx.PowerIterationFailedConvergence:
            return [None for _ in ids]
        return [eig[v] for v in ids]
    if metric == "pagerank":
        pr = nx.pagerank(G, alpha=0.85, weight="weight", max_iter=1000, tol=1e-10)
        return [pr[v] for v in ids]
    if metric == "constraint":
        con = nx.constraint(G)
        return [clean(con[v]) for v in ids]
    if metric == "crossBorderPartners":
        country = {a["id"]: a["country"] for a in actors}
        partners = {v: set() for v in ids}
        for _, parties in passing:
            for p in parties:
                partners[p] |= {q for q in parties if country[q] != country[p]}
        return [len(partners[v]) for v in ids]
    raise ValueError(metric)


def clearly_better(a, b, low):
    if a is None:
        return False
    if b is None:
        return True
    margin = ROBUST_TOLERANCE * max(1, abs(a), abs(b))
    return a < b - margin if low else a > b + margin


def competition_rank(values, v, low):
    return 1 + sum(1 for u in range(len(values)) if u != v and clearly_better(values[u], values[v], low))


def robustness(actors, passing, projection, metric):
    """For the top 10 by the metric: the worst competition rank over single removals of a passing agreement
    (the whole agreement, so all its projected ties or its hub go), the agreement giving it (ties: smallest id)."""
    low = metric == "constraint"
    measure = lambda ps: metric_values(actor_graph(actors, ps, projection), actors, ps, metric)
    base = measure(passing)
    ranks = [competition_rank(base, v, low) for v in range(len(actors))]
    top = sorted(range(len(actors)), key=lambda v: (ranks[v], actors[v]["id"]))[:ROBUST_TOP]
    exact = len(passing) <= ROBUST_EXACT_LIMIT
    top_ids = {actors[v]["id"] for v in top}
    tried = [i for i, (_, ps) in enumerate(passing) if exact or top_ids & set(ps)]
    worst = {v: (ranks[v], None) for v in top}
    for i in tried:
        values = measure(passing[:i] + passing[i + 1:])
        aid = passing[i][0]["id"]
        for v in top:
            r = competition_rank(values, v, low)
            rank, agreement = worst[v]
            if agreement is None or r > rank or (r == rank and aid < agreement):
                worst[v] = (r, aid)
    return {
        "metric": metric,
        "projection": projection,
        "exact": exact,
        "passingAgreements": len(passing),
        "removed": len(tried),
        "actors": [
            {
                "actor": actors[v]["id"],
                "rank": ranks[v],
                "worstRank": worst[v][0],
                "worstAgreement": worst[v][1],
                "status": "stable" if worst[v][0] <= ROBUST_TOP else "fragile",
            }
            for v in top
        ],
    }


def robustness_fixture(name, ds, source, cases):
    """A separate file per network: the sample is read from data/, the generated one is stored whole."""
    doc = {
        "_about": "Generated by scripts/reference/make_fixtures.py with NetworkX %s; do not edit by hand." % nx.__version__,
        "name": name,
        "cases": [],
    }
    if source is None:
        doc["dataset"] = ds
    else:
        doc["source"] = source
    for f, projection, metric in cases:
        actors, passing = apply_filters(ds, f)
        doc["cases"].append({"filters": f, "projection": projection, "expected": robustness(actors, passing, projection, metric)})
    os.makedirs(ROBUSTNESS_FIXTURES, exist_ok=True)
    with open(os.path.join(ROBUSTNESS_FIXTURES, name + ".json"), "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print("wrote robustness/" + name + ".json", len(cases), "cases")


def trajectory_fixture(name, ds, source, cases):
    """analysis.md "Trajectories": for each case and year, the filters with that year, and every passing actor's
    values (dataset order) from actor_expectations. Louvain labels are left out: they are checked by modularity above."""
    doc = {
        "_about": "Generated by scripts/reference/make_fixtures.py with NetworkX %s; do not edit by hand." % nx.__version__,
        "name": name,
    }
    if source is None:
        doc["dataset"] = ds
    else:
        doc["source"] = source
    doc["cases"] = []
    for f, projection, years in cases:
        entries = []
        for year in years:
            actors, passing = apply_filters(ds, dict(f, year=year))
            G = actor_graph(actors, passing, projection)
            # NetworkX refuses centralities of a graph without nodes; with no passing actor the year lists nobody.
            values = actor_expectations(G, actors, passing) if actors else {}
            entries.append({
                "year": year,
                "passingAgreements": len(passing),
                "actors": [dict({"id": a["id"]}, **values[a["id"]]) for a in actors],
            })
        doc["cases"].append({"filters": f, "projection": projection, "years": entries})
    os.makedirs(TRAJECTORY_FIXTURES, exist_ok=True)
    with open(os.path.join(TRAJECTORY_FIXTURES, name + ".json"), "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print("wrote trajectories/" + name + ".json", len(cases), "cases")


def case(ds, f, projection, metrics):
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
    expected["robustness"] = {m: robustness(actors, passing, projection, m) for m in metrics}
    return {"filters": f, "projection": projection, "expected": expected}


def main():
    for name, ds, cases in all_datasets():
        # Every metric on the small hand-made networks; betweenness and degree on the classic ones (lesmis is slow).
        metrics = ALL_METRICS if name in ("corners", "florentine", "kite", "two-chains") else ["betweenness", "degree"]
        doc = {
            "_about": "Generated by scripts/reference/make_fixtures.py with NetworkX %s; do not edit by hand." % nx.__version__,
            "name": name,
            "dataset": ds,
            "cases": [case(ds, f, p, metrics) for f, p in cases],
        }
        with open(os.path.join(FIXTURES, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(doc, out, indent=1, ensure_ascii=False)
            out.write("\n")
        print("wrote", name + ".json", len(cases), "cases")
    no_filter = {"sectors": [], "countries": [], "actorKinds": [], "agreementKinds": [], "year": None}
    robustness_fixture(
        "bsr-stars",
        sample(),
        "data/bsr-stars.json",
        [(no_filter, "clique", m) for m in ["betweenness", "degree", "pagerank", "closeness", "crossBorderPartners"]]
        + [(no_filter, "hub", "betweenness"), (dict(no_filter, year=2015), "clique", "betweenness")],
    )
    # Over 1,000 passing agreements: only those touching the top 10 are removed.
    robustness_fixture("many-agreements", many_agreements(), None, [(no_filter, "clique", m) for m in ["degree", "strength"]])
    trajectory_fixture(
        "bsr-stars",
        sample(),
        "data/bsr-stars.json",
        [(no_filter, "clique", [2006, 2010, 2014, 2018]), (no_filter, "hub", [2010, 2018])],
    )
    every_year = list(range(2007, 2018))
    trajectory_fixture(
        "drifting-components",
        drifting_components(),
        None,
        [
            (no_filter, "clique", every_year),
            (no_filter, "hub", every_year),
            (dict(no_filter, sectors=["health"]), "clique", every_year),
            (dict(no_filter, countries=["FI", "SE", "DK"]), "clique", every_year),
        ],
    )


if __name__ == "__main__":
    main()
