s = {*x for x in y}
