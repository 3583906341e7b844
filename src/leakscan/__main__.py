from leakscan.cli import main

main()
