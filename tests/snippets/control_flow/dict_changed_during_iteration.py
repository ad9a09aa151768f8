ages = {"ann": 31, "bob": 17, "cid": 45}
for name in ages:
    print("checking", name)
    if ages[name] < 18:
        del ages[name]
