(x for x in)
