# set.pop on an empty set, uncaught
pending = {1}
while True:
    print(pending.pop())
