x = "héllo
