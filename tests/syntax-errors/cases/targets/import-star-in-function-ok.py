import x as 1
