package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballots of one election indexed for the winner rules: approvals counted per project, and, for equal shares,
 * voters with the same ballot gathered into one group (they are charged alike), with each project's approving
 * groups listed once, so that no rule re-reads the ballots.
 */
final class Approvals {

    final List<Project> projects;
    /** Per project: how many voters approve it. */
    final long[] votes;
    /** Per group of identical ballots: how many voters cast it (empty when only counted). */
    final long[] voters;
    /** Per project: the groups that approve it (empty when only counted). */
    final int[][] approvers;
    /** How many ballots were cast, empty ones included. */
    final long ballots;
    /**
     * Per project: its rank among equals, lower first: more votes, then lower cost, then its id in natural order.
     */
    final int[] tieRank;

    private Approvals(List<Project> projects, long[] votes, long[] voters, int[][] approvers, long ballots) {
        this.projects = projects;
        this.votes = votes;
        this.voters = voters;
        this.approvers = approvers;
        this.ballots = ballots;
        Integer[] order = new Integer[projects.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byVotes = Comparator.comparingLong(i -> -votes[i]);
        Arrays.sort(order, byVotes.thenComparing(i -> projects.get(i).cost())
                .thenComparing(i -> projects.get(i).id(), NaturalOrder.IDS));
        this.tieRank = new int[projects.size()];
        for (int rank = 0; rank < order.length; rank++) {
            tieRank[order[rank]] = rank;
        }
    }

    /** Approvals counted per project, without groups: all greedy needs. */
    static Approvals counted(Election election) {
        List<Project> projects = election.projects();
        Map<String, Integer> index = index(projects);
        long[] votes = new long[projects.size()];
        for (Ballot ballot : election.ballots()) {
            for (String id : ballot.approved()) {
                votes[project(index, id)]++;
            }
        }
        return new Approvals(projects, votes, new long[0], new int[0][], election.ballots().size());
    }

    static Approvals of(Election election) {
        List<Project> projects = election.projects();
        Map<String, Integer> index = index(projects);
        Map<Ballot, Integer> groups = new HashMap<>();
        List<int[]> groupProjects = new ArrayList<>();
        long[] groupVoters = new long[16];
        long[] votes = new long[projects.size()];
        for (Ballot ballot : election.ballots()) {
            Integer group = groups.get(ballot);
            if (group == null) {
                group = groupProjects.size();
                groups.put(ballot, group);
                groupProjects.add(ballot.approved().stream().mapToInt(id -> project(index, id)).toArray());
                if (group == groupVoters.length) {
                    groupVoters = Arrays.copyOf(groupVoters, group * 2);
                }
            }
            groupVoters[group]++;
        }
        int[] approving = new int[projects.size()];
        for (int group = 0; group < groupProjects.size(); group++) {
            for (int project : groupProjects.get(group)) {
                approving[project]++;
                votes[project] += groupVoters[group];
            }
        }
        int[][] approvers = new int[projects.size()][];
        for (int project = 0; project < approvers.length; project++) {
            approvers[project] = new int[approving[project]];
            approving[project] = 0;
        }
        for (int group = 0; group < groupProjects.size(); group++) {
            for (int project : groupProjects.get(group)) {
                approvers[project][approving[project]++] = group;
            }
        }
        return new Approvals(projects, votes, Arrays.copyOf(groupVoters, groupProjects.size()), approvers,
                election.ballots().size());
    }

    private static Map<String, Integer> index(List<Project> projects) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            index.put(projects.get(i).id(), i);
        }
        return index;
    }

    private static int project(Map<String, Integer> index, String id) {
        Integer project = index.get(id);
        if (project == null) {
            throw new IllegalArgumentException("a ballot approves unknown project " + id);
        }
        return project;
    }

    BigDecimal cost(int project) {
        return projects.get(project).cost();
    }
}
