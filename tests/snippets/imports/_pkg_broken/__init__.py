ok = True
