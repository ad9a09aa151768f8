# len() of a range too long for an index-sized integer, uncaught
r = range(10**20)
print(r[-1])
print(len(r))
