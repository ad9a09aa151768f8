def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed
for seed, alphabet in [(1, "0123456789_.eE+-j "), (2, "01_xXoObB2379afAF "), (3, "0123456789.e+-_ninfaj()\u0661\u00a0")]:
  g = lcg(seed)
  for i in range(600):
      a = next(g)
      n = a % 9
      s = "".join(alphabet[(next(g) >> 7) % len(alphabet)] for _ in range(n))
      which = (a >> 20) % 5
      try:
          if which == 0: r = int(s)
          elif which == 1: r = int(s, 0)
          elif which == 2: r = float(s)
          elif which == 3: r = complex(s)
          else: r = float.fromhex(s)
          out = repr(r)
      except Exception as e:
          out = type(e).__name__ + ": " + str(e)
      print(which, repr(s), out)
