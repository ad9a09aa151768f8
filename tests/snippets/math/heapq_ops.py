# heapq on top of _heapq: push/pop/replace/pushpop/heapify (small and cache-friendly sizes), merge, nlargest.
import heapq, _heapq, random

rng = random.Random(5)
data = [rng.randrange(1000) for _ in range(50)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:5])
print(heapq.heapreplace(h, 500), heapq.heappushpop(h, -1), heapq.heappushpop(h, 10**6), h[:5])
big = [rng.random() for _ in range(6000)]
heapq.heapify(big)
print(big[:6], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
mx = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(mx)
print(mx, _heapq._heappop_max(mx), _heapq._heapreplace_max(mx, 0), mx)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [5, 1], reverse=True)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nsmallest(2, data, key=lambda v: -v))
t = [(2, 'b'), (1, 'z'), (1, 'a')]
heapq.heapify(t)
print([heapq.heappop(t) for _ in range(3)])
for s in ["_heapq.heappush()", "_heapq.heappush(1, 2)", "_heapq.heappop([])", "_heapq.heapify(())", "_heapq.heapreplace([], 1)",
          "_heapq.heappushpop([], 1)", "_heapq._heappop_max([])", "_heapq.heapify(x=[])", "_heapq.heappop(1)",
          "_heapq.heappush([1, 'a'], 2)"]:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')), _heapq.__about__[:40])
