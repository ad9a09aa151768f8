# gc.get_stats: one dict per generation with three counters; gc.get_count: three ints.
import gc

gc.collect()
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s), all(type(v) is int and v >= 0 for v in s.values()))
print(stats[2]['collections'] >= 1, stats[0]['uncollectable'])
count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
for f in (gc.get_stats, gc.get_count):
    try:
        f(1)
    except TypeError as e:
        print(e)
