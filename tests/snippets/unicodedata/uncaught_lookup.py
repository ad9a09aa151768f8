import unicodedata

print(unicodedata.lookup("SNOWMAN"))
unicodedata.lookup("SNOWPERSON")
