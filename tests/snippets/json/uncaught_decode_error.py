import json

doc = '{"items": [1, 2,\n  3,, 4]}'
print(json.loads('{"ok": true}'))
json.loads(doc)
