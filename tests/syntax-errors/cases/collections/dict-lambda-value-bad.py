d = {1: lambda}
