print("_pkg_broken.bad runs")
raise ValueError("bad submodule")
