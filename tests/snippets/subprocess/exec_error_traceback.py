# an uncaught FileNotFoundError from a missing program
import subprocess

subprocess.run(["definitely-not-a-command", "arg"])
