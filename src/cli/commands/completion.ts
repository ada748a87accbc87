// `clausier completion [bash|zsh]`: the shell script that asks yargs for completions
// (`clausier --get-yargs-completions <words>`: commands, then each command's options).
// yargs' own `.completion()` picks the shell from $SHELL; here the user names it.
import { UsageError } from "../../model/diagnostics.js";
import { EXIT, type Io } from "../io.js";
import { ts } from "../scaffold/messages.js";

export const SHELLS = ["bash", "zsh"] as const;
export type Shell = (typeof SHELLS)[number];

// Adapted from yargs' completion templates (MIT).
const BASH = `###-begin-clausier-completions-###
# Completion of clausier for bash. Install: clausier completion bash >> ~/.bashrc
_clausier_yargs_completions()
{
    local cur_word args type_list
    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")
    mapfile -t type_list < <(clausier --get-yargs-completions "\${args[@]}" 2>/dev/null)
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}")
    return 0
}
complete -o bashdefault -o default -F _clausier_yargs_completions clausier
###-end-clausier-completions-###
`;

const ZSH = `#compdef clausier
###-begin-clausier-completions-###
# Completion of clausier for zsh. Install: clausier completion zsh >> ~/.zshrc
_clausier_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'\\n' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" clausier --get-yargs-completions "\${words[@]}" 2>/dev/null))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _clausier_yargs_completions "$@"
else
  compdef _clausier_yargs_completions clausier
fi
###-end-clausier-completions-###
`;

/** Prints the script; without a shell, the one of $SHELL (zsh), else bash. */
export function runCompletion(args: { shell?: string }, io: Io): number {
  const shell = args.shell ?? (/zsh/.test(io.env.SHELL ?? "") ? "zsh" : "bash");
  if (shell !== "bash" && shell !== "zsh") throw new UsageError(ts(io.locale, "COMPLETION_UNKNOWN_SHELL", { shell }));
  io.stdout(shell === "zsh" ? ZSH : BASH);
  return EXIT.OK;
}
