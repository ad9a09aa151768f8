# gi_running is True while the generator body executes
def gen():
    print("running inside:", me.gi_running, me.gi_suspended)
    yield 1
    print("running again:", me.gi_running)

me = gen()
print("before:", me.gi_running)
next(me)
print("between:", me.gi_running, me.gi_suspended)
for _ in me:
    pass
print("after:", me.gi_running)
