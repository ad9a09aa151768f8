# Specs in str.format, nested one level: {0:{1}{2}} — two levels is an error.
print("[{:>10}] [{:^10.3f}] [{:_x}] [{:+,}]".format("r", 3.14159, 2**20, 10**6))
print("[{0:{1}}] [{0:{1}{2}}] [{0:{fill}{align}{width}}]".format("ab", 6, "s", fill="*", align="^", width=8))
print("[{:{}.{}f}]".format(2.718281828, 10, 3))
print("[{:{{}}}]".format("x") if False else "[skip]")
for fmt in ("{:{:{}}}", "{0:{1:{2}}}", "{:{{}}}"):
    try:
        print(fmt.format(1, 2, 3))
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
