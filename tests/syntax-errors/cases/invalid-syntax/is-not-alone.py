x is not
