package org.civitas.budget.tally;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The command-line tally: {@code java -jar civitas-budget.jar tally <file.pb> [--rule greedy|equal-shares]}.
 * It prints one line of JSON: {@code {"rule":…,"budget":…,"spent":…,"winners":[…]}}, winners in the order
 * funded. Without {@code --rule}, the file's own rule is applied ({@code greedy}, or {@code equalshares} and
 * {@code equalshares/add1}, both tallied as equal shares with add-one completion). Bad input gets one line on
 * standard error and exit status 2.
 */
public final class TallyCommand {

    static final int BAD_INPUT = 2;
    private static final String USAGE = "usage: tally <file.pb> [--rule greedy|equal-shares]";

    private TallyCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            out.println(tally(args));
            out.flush();
            return 0;
        } catch (BadInput e) {
            err.println("civitas-budget: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("civitas-budget: failed: " + e);
            return 1;
        }
    }

    private static String tally(String[] args) {
        if (args.length < 2 || !"tally".equals(args[0])) {
            throw new BadInput(USAGE);
        }
        String rule = null;
        if (args.length == 4 && "--rule".equals(args[2])) {
            rule = args[3];
        } else if (args.length != 2) {
            throw new BadInput(USAGE);
        }
        Election election = read(Path.of(args[1]));
        String voteType = election.meta().getOrDefault("vote_type", "approval");
        if (!"approval".equals(voteType)) {
            throw new BadInput(args[1] + ": " + voteType + " ballots are not supported, only approval");
        }
        if (rule == null) {
            rule = switch (election.rule().toLowerCase(Locale.ROOT)) {
                case "greedy" -> "greedy";
                case "equalshares", "equalshares/add1" -> "equal-shares";
                case "" -> throw new BadInput(args[1] + ": the file names no rule; use --rule greedy|equal-shares");
                default -> throw new BadInput(args[1] + ": unknown rule " + election.rule()
                        + "; use --rule greedy|equal-shares");
            };
        }
        WinnerRule winnerRule = switch (rule) {
            case "greedy" -> new Greedy();
            case "equal-shares" -> new EqualShares();
            default -> throw new BadInput("unknown rule " + rule + "; " + USAGE);
        };
        Outcome outcome = winnerRule.outcome(election);
        return "{\"rule\":" + json(rule) + ",\"budget\":" + number(election.budget())
                + ",\"spent\":" + number(outcome.spent()) + ",\"winners\":["
                + outcome.winners().stream().map(TallyCommand::json).collect(Collectors.joining(",")) + "]}";
    }

    private static Election read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Pabulib.read(reader);
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInput(file + ": not UTF-8 text");
        } catch (PabulibFormatException e) {
            throw new BadInput(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInput(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String number(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
