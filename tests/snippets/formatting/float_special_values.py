# inf, nan and negative zero under every kind of spec; 'z' turns -0 into 0 after rounding.
vals = (float("inf"), float("-inf"), float("nan"), -float("nan"), 0.0, -0.0, -0.0001)
for v in vals:
    print(f"[{v}] [{v:+}] [{v:08}] [{v:=+9}] [{v:^9}] [{v:e}] [{v:G}] [{v:%}] [{v:,f}]")
for v in (-0.0, -0.0001, -0.5, 0.0001, -1e-20):
    print(f"[{v:z}] [{v:z.1f}] [{v:z.0f}] [{v:z.1e}] [{v:z.3g}] [{v:+z.2f}] [{v:z.0%}]")
