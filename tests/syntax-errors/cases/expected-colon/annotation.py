x int
