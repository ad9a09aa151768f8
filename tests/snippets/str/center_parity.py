for s in ["", "a", "ab", "abc", "abcd"]:
    print([s.center(w, "-") for w in range(0, 8)])
