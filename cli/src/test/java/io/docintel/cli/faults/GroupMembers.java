package io.docintel.cli.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Who in a consumer group holds which partitions of a topic, as the group coordinator tells it:
 * for a drill to see instances share the work, and one take over from another.
 */
final class GroupMembers {

  private GroupMembers() {}

  /** For each member of {@code group} (in no particular order), the partitions of {@code topic} assigned to it. */
  static List<Set<Integer>> partitions(Map<String, Object> kafka, String group, String topic) throws InterruptedException {
    try (Admin admin = Admin.create(kafka)) {
      ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
      List<Set<Integer>> members = new ArrayList<>();
      for (MemberDescription member : description.members()) {
        Set<Integer> partitions = new TreeSet<>();
        for (TopicPartition partition : member.assignment().topicPartitions()) {
          if (partition.topic().equals(topic)) {
            partitions.add(partition.partition());
          }
        }
        members.add(partitions);
      }
      return members;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot describe consumer group " + group, e.getCause());
    }
  }
}
