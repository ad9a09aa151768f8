# sum() of floats adds left to right (no compensated summation in 3.11)
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([0.1] * 3), sum([1, 0.1, 0.2]))
print(sum([2**53, 1.0, 1.0]), sum([float("inf"), 1]), sum([float("inf"), -float("inf")]))
