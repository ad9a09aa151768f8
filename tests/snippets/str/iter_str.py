s = "a😀é\ud800z"
print(list(s), len(s))
it = iter(s)
print(type(it).__name__, type(iter("abc")).__name__)
print(next(it), next(it))
print(list(it))
print([c for c in ""], list(reversed("abc😀")))
print(sorted("dcba😀"), max("abc😀"), min("😀abc"))
