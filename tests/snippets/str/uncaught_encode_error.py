print("caf\xe9".encode("latin-1"))
"caf\xe9 \u20ac".encode("ascii")
