import importlib
import pkgutil
import sys

import tools.eval


def main() -> int:
    tasks = sorted(m.name for m in pkgutil.iter_modules(tools.eval.__path__) if m.name[0] != "_")
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        print(f"usage: python -m tools.eval {{{','.join(tasks)}}} [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"tools.eval.{sys.argv[1]}")
    return int(module.main(sys.argv[2:]) or 0)


sys.exit(main())
