print("aaaa".count("aa"), "aaaaa".count("aa"), "abababa".count("aba"), "".count("a"), "a".count("aa"))
print("aaaa".replace("aa", "b"), "aaaaa".split("aa"), "abababa".rsplit("aba"), "abababa".partition("aba"), "abababa".rpartition("aba"))
print("aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".rfind("aa", 0, 3), "aaa".index("aa", 1))
