f("a" "b" c)
