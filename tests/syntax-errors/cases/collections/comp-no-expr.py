[for x in y]
