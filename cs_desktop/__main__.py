import sys

from cs_desktop.cli import main

if __name__ == "__main__":
    # multiprocessing on Windows (frozen build) re-imports the main module in workers
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
