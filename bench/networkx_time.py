# Times NetworkX 2.8 on the bench's actor graph (an edge list file) for `npm run bench`: one JSON line per metric.
# Slow metrics on large graphs are timed on a random sample of sources or nodes and scaled up linearly
# ("extrapolated"): their cost is a sum of independent per-source (per-node) terms.
import json
import random
import sys
import time

import networkx as nx


def report(metric, seconds, sample, n):
    scale = n / sample if sample else 1
    line = {"metric": metric, "seconds": seconds * scale, "extrapolated": bool(sample) and sample < n}
    print(json.dumps(line), flush=True)


def timed(fn):
    # CPU time of this process, like the TypeScript side: fair on a machine shared with other jobs.
    start = time.process_time()
    fn()
    return time.process_time() - start


def main(path, sources, nodes_sample):
    with open(path, encoding="utf-8") as f:
        n = int(f.readline())
        G = nx.Graph()
        G.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            G.add_edge(int(u), int(v), weight=float(w))
    print(json.dumps({"networkx": nx.__version__, "nodes": n, "edges": G.number_of_edges()}), flush=True)
    rng = random.Random(1)
    nodes = list(G)
    k = min(n, sources)
    few = rng.sample(nodes, min(n, nodes_sample))
    report("eigenvector", timed(lambda: nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10)), 0, n)
    report("pagerank", timed(lambda: nx.pagerank(G, alpha=0.85, weight="weight", max_iter=1000, tol=1e-10)), 0, n)
    report("louvain", timed(lambda: nx.community.louvain_communities(G, seed=1)), 0, n)
    if k == n:
        report("betweenness", timed(lambda: nx.betweenness_centrality(G, normalized=True)), 0, n)
    else:
        report("betweenness", timed(lambda: nx.betweenness_centrality(G, k=k, seed=1, normalized=True)), k, n)
    report("closeness", timed(lambda: [nx.closeness_centrality(G, u=u) for u in rng.sample(nodes, k)]), k, n)
    report("constraint", timed(lambda: nx.constraint(G, nodes=few)), len(few), n)

    def adamic_adar():
        # What the recommendations score: one node against every other node.
        for u in few:
            for _ in nx.adamic_adar_index(G, [(u, v) for v in nodes if v != u]):
                pass

    report("adamicAdar", timed(adamic_adar), len(few), n)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
