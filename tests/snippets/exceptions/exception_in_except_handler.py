def process(data):
    try:
        return data["value"]
    except KeyError:
        print("KeyError, trying fallback")
        return data.fallback

process({"value": 1})
process({})
