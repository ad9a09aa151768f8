# list.remove of a missing value, uncaught
names = ["ann", "bob"]
names.remove("bob")
names.remove("cy")
