# An error from % that nobody catches: the traceback goes to stderr.
template = "%s scored %d points"
print(template % ("Ann", 12))
print(template % ("Bob", "many"))
