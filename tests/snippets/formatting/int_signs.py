# Sign options: '+' always, '-' only negatives (default), ' ' a space for positives.
for v in (0, 3, -3):
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+5}] [{v: 5}] [{v:=+5}] [{v:0= 5}] [{v:+x}] [{v: b}]")
