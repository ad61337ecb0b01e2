/**
 * The JSON examples of /work/shared/reference/analytics-api.md, verbatim (shapes follow SDK 1.14.0;
 * values are invented). `costExample` is constructed here from the field list of §7, which has no
 * example of its own. Tests copy them with `structuredClone` before changing anything.
 */

/** §5.1 /users, single day, one ungrouped row. */
export const usersExample = {
  data: [
    {
      user: {
        id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
        email_address: 'ana.silva@acme.example',
        type: 'user',
      },
      distinct_user_count: null,
      last_activity_date: '2026-11-20',
      web_search_count: 7,
      chat_metrics: {
        distinct_conversation_count: 6,
        message_count: 41,
        thinking_message_count: 9,
        distinct_projects_created_count: 1,
        distinct_projects_used_count: 2,
        distinct_files_uploaded_count: 3,
        distinct_artifacts_created_count: 2,
        distinct_shared_artifacts_viewed_count: 1,
        distinct_skills_used_count: 2,
        connectors_used_count: 5,
        distinct_connectors_used_count: 2,
        shared_conversations_viewed_count: 1,
      },
      claude_code_metrics: {
        core_metrics: {
          distinct_session_count: 4,
          commit_count: 3,
          pull_request_count: 1,
          artifacts_created_count: 0,
          lines_of_code: {
            added_count: 412,
            removed_count: 97,
          },
        },
        tool_actions: {
          edit_tool: {
            accepted_count: 38,
            rejected_count: 4,
          },
          multi_edit_tool: {
            accepted_count: 0,
            rejected_count: 0,
          },
          write_tool: {
            accepted_count: 6,
            rejected_count: 1,
          },
          notebook_edit_tool: {
            accepted_count: 0,
            rejected_count: 0,
          },
        },
      },
      cowork_metrics: {
        distinct_session_count: 2,
        message_count: 11,
        action_count: 23,
        dispatch_turn_count: 1,
        skills_used_count: 2,
        distinct_skills_used_count: 1,
        connectors_used_count: 4,
        distinct_connectors_used_count: 2,
        plugins_used_count: null,
        distinct_plugins_used_count: null,
        artifacts_created_count: 0,
        file_edit_count: null,
        edit_tool_count: null,
        multi_edit_tool_count: null,
        write_tool_count: null,
        notebook_edit_tool_count: null,
        sessions_with_file_edits_count: null,
      },
      office_metrics: {
        excel: {
          distinct_session_count: 1,
          message_count: 5,
          skills_used_count: 0,
          distinct_skills_used_count: 0,
          connectors_used_count: 0,
          distinct_connectors_used_count: 0,
        },
        powerpoint: {
          distinct_session_count: 0,
          message_count: 0,
          skills_used_count: 0,
          distinct_skills_used_count: 0,
          connectors_used_count: 0,
          distinct_connectors_used_count: 0,
        },
        word: {
          distinct_session_count: 0,
          message_count: 0,
          skills_used_count: 0,
          distinct_skills_used_count: 0,
          connectors_used_count: 0,
          distinct_connectors_used_count: 0,
        },
        outlook: {
          distinct_session_count: 0,
          message_count: 0,
          skills_used_count: 0,
          distinct_skills_used_count: 0,
          connectors_used_count: 0,
          distinct_connectors_used_count: 0,
        },
      },
      design_metrics: {
        distinct_session_count: 0,
        message_count: 0,
        distinct_projects_created_count: 0,
        distinct_projects_used_count: 0,
      },
      science_metrics: {
        distinct_session_count: 0,
        message_count: 0,
        delegation_count: 0,
        remote_compute_job_count: 0,
        skills_used_count: 0,
      },
    },
  ],
  next_page: 'eyJhZnRlcl9lbWFpbCI6ImFuYS5zaWx2YUBhY21lLmV4YW1wbGUifQ',
};

/** §5.2 /summaries (second row omits the per-product keys). */
export const summariesExample = {
  data: [
    {
      starting_at: '2026-11-18T00:00:00Z',
      ending_at: '2026-11-19T00:00:00Z',
      daily_active_user_count: 412,
      weekly_active_user_count: 655,
      monthly_active_user_count: 781,
      assigned_seat_count: 900,
      pending_invite_count: 23,
      daily_adoption_rate: 45.78,
      weekly_adoption_rate: 72.78,
      monthly_adoption_rate: 86.78,
      cowork_daily_active_user_count: 64,
      cowork_weekly_active_user_count: 130,
      cowork_monthly_active_user_count: 201,
      chat_daily_active_user_count: 371,
      chat_weekly_active_user_count: 610,
      chat_monthly_active_user_count: 744,
      claude_code_daily_active_user_count: 118,
      claude_code_weekly_active_user_count: 166,
      claude_code_monthly_active_user_count: 190,
      office_agent_daily_active_user_count: 22,
      office_agent_weekly_active_user_count: 51,
      office_agent_monthly_active_user_count: 88,
      claude_design_daily_active_user_count: 5,
      claude_design_weekly_active_user_count: 14,
      claude_design_monthly_active_user_count: 30,
      science_daily_active_user_count: 0,
      science_weekly_active_user_count: 0,
      science_monthly_active_user_count: 0,
      science_entitled_user_count: 0,
    },
    {
      starting_at: '2026-11-19T00:00:00Z',
      ending_at: '2026-11-20T00:00:00Z',
      daily_active_user_count: 430,
      weekly_active_user_count: 661,
      monthly_active_user_count: 784,
      assigned_seat_count: 900,
      pending_invite_count: 21,
      daily_adoption_rate: 47.78,
      weekly_adoption_rate: 73.44,
      monthly_adoption_rate: 87.11,
      cowork_daily_active_user_count: 70,
      cowork_weekly_active_user_count: 133,
      cowork_monthly_active_user_count: 204,
    },
  ],
  next_page: null,
};

/** §5.3 /apps/chat/projects. */
export const chatProjectsExample = {
  data: [
    {
      project_id: 'claude_proj_01JBQ7Z4W9X2C5V8N3M6K1H0GF',
      project_name: 'Q4 Pricing Research',
      created_at: '2026-09-14T16:02:11Z',
      created_by: {
        id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
        email_address: 'ana.silva@acme.example',
        type: 'user',
      },
      distinct_user_count: 12,
      distinct_conversation_count: 19,
      message_count: 143,
    },
  ],
  next_page: null,
};

/** §5.4 /skills. */
export const skillsExample = {
  data: [
    {
      skill_name: 'xlsx',
      skill_display_name: null,
      share_status: null,
      distinct_user_count: 37,
      invocation_count: 118,
      enable_count: 4,
      estimated_overage_spend: '1250.000000',
      attributed_list_price: '2710.500000',
      currency: 'USD',
      chat_metrics: {
        distinct_conversation_skill_used_count: 41,
      },
      claude_code_metrics: {
        distinct_session_skill_used_count: 6,
      },
      cowork_metrics: {
        distinct_session_skill_used_count: 9,
      },
      office_metrics: {
        excel: {
          distinct_session_skill_used_count: 14,
        },
        powerpoint: {
          distinct_session_skill_used_count: 0,
        },
        word: {
          distinct_session_skill_used_count: 0,
        },
        outlook: {
          distinct_session_skill_used_count: 0,
        },
      },
    },
  ],
  next_page: null,
};

/** §5.5 /connectors. */
export const connectorsExample = {
  data: [
    {
      connector_name: 'atlassian',
      connector_display_name: null,
      distinct_user_count: 58,
      managed_auth_distinct_user_count: null,
      individual_auth_distinct_user_count: null,
      read_call_count: 812,
      write_call_count: 64,
      unclassified_call_count: 1290,
      chat_metrics: {
        distinct_conversation_connector_used_count: 121,
      },
      claude_code_metrics: {
        distinct_session_connector_used_count: 17,
      },
      cowork_metrics: {
        distinct_session_connector_used_count: 22,
      },
      office_metrics: {
        excel: {
          distinct_session_connector_used_count: 0,
        },
        powerpoint: {
          distinct_session_connector_used_count: 0,
        },
        word: {
          distinct_session_connector_used_count: 3,
        },
        outlook: {
          distinct_session_connector_used_count: 5,
        },
      },
    },
  ],
  next_page: null,
};

/** §5.6 /plugins. */
export const pluginsExample = {
  data: [
    {
      plugin_name: 'serena',
      plugin_id: 'serena@claude-plugins-official',
      distinct_user_count: 9,
      install_count: 2,
      invocation_count: 57,
      claude_code_metrics: {
        distinct_session_plugin_used_count: 14,
      },
      cowork_metrics: {
        distinct_session_plugin_used_count: 0,
      },
    },
    {
      plugin_name: 'third-party',
      plugin_id: null,
      distinct_user_count: 4,
      install_count: 0,
      invocation_count: 11,
      claude_code_metrics: {
        distinct_session_plugin_used_count: 5,
      },
      cowork_metrics: {
        distinct_session_plugin_used_count: 1,
      },
    },
  ],
  next_page: null,
};

/** §5.7 /artifacts. */
export const artifactsExample = {
  data: [
    {
      artifact_type: 'text/markdown',
      is_shared: false,
      artifacts_created_count: 84,
      published_artifacts_created_count: 0,
      distinct_user_count: 31,
    },
    {
      artifact_type: 'application/vnd.ant.react',
      is_shared: true,
      artifacts_created_count: 12,
      published_artifacts_created_count: 3,
      distinct_user_count: 8,
    },
    {
      artifact_type: 'text/html',
      is_shared: false,
      artifacts_created_count: 20,
      published_artifacts_created_count: 0,
      distinct_user_count: 9,
    },
  ],
  next_page: null,
};

/** §6.1 /user_usage_report. */
export const userUsageReportExample = {
  data: [
    {
      actor: {
        type: 'user_actor',
        user_id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
        email_address: 'ana.silva@acme.example',
        name: 'Ana Silva',
        deleted: false,
      },
      starting_at: null,
      ending_at: null,
      product: 'claude_code',
      model: null,
      context_window: null,
      inference_geo: null,
      speed: null,
      rbac_group_id: null,
      slack_channel_id: null,
      claude_tag_category: null,
      claude_tag_user_id: null,
      uncached_input_tokens: 1843211,
      cache_creation: {
        ephemeral_5m_input_tokens: 402113,
        ephemeral_1h_input_tokens: 0,
      },
      cache_read_input_tokens: 28711902,
      output_tokens: 611045,
      total_tokens: 31568271,
      server_tool_use: {
        web_search_requests: 12,
      },
      requests: 2204,
    },
  ],
  has_more: true,
  next_page: 'cmVwb3J0OnVzZXJfdXNhZ2U6cGFnZToy',
  data_refreshed_at: '2026-11-25T21:40:00Z',
  organization_id: '5a1b2c3d-4e5f-6789-abcd-ef0123456789',
};

/** §6.2 /user_cost_report. */
export const userCostReportExample = {
  data: [
    {
      actor: {
        type: 'user_actor',
        user_id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
        email_address: 'ana.silva@acme.example',
        name: 'Ana Silva',
        deleted: false,
      },
      starting_at: null,
      ending_at: null,
      product: null,
      model: 'claude-opus-4-6',
      context_window: null,
      inference_geo: null,
      speed: null,
      rbac_group_id: null,
      slack_channel_id: null,
      claude_tag_category: null,
      claude_tag_user_id: null,
      cost_type: null,
      token_type: null,
      currency: 'USD',
      amount: '41280.000000',
      list_amount: '51600.000000',
      requests: 1871,
    },
  ],
  has_more: false,
  next_page: null,
  data_refreshed_at: '2026-11-25T21:40:00Z',
};

/** §6.3 /usage_report. */
export const usageReportExample = {
  data: [
    {
      starting_at: '2026-11-18T00:00:00Z',
      ending_at: '2026-11-19T00:00:00Z',
      results: [
        {
          product: 'chat',
          model: null,
          context_window: null,
          inference_geo: null,
          speed: null,
          rbac_group_id: null,
          slack_channel_id: null,
          claude_tag_category: null,
          claude_tag_user_id: null,
          uncached_input_tokens: 9120344,
          cache_creation: {
            ephemeral_5m_input_tokens: 1200450,
            ephemeral_1h_input_tokens: 0,
          },
          cache_read_input_tokens: 40211987,
          output_tokens: 2210455,
          server_tool_use: {
            web_search_requests: 311,
          },
          requests: 15872,
        },
        {
          product: 'claude_code',
          model: null,
          context_window: null,
          inference_geo: null,
          speed: null,
          rbac_group_id: null,
          slack_channel_id: null,
          claude_tag_category: null,
          claude_tag_user_id: null,
          uncached_input_tokens: 22450113,
          cache_creation: {
            ephemeral_5m_input_tokens: 5512300,
            ephemeral_1h_input_tokens: 120000,
          },
          cache_read_input_tokens: 301224551,
          output_tokens: 6120844,
          server_tool_use: {
            web_search_requests: 40,
          },
          requests: 30551,
        },
      ],
    },
  ],
  has_more: true,
  next_page: 'YnVja2V0OjIwMjYtMTEtMTk',
  data_refreshed_at: '2026-11-25T21:40:00Z',
};

/** §6.4 /cost_report. */
export const costReportExample = {
  data: [
    {
      starting_at: '2026-11-18T00:00:00Z',
      ending_at: '2026-11-19T00:00:00Z',
      results: [
        {
          model: 'claude-sonnet-4-6',
          product: null,
          context_window: null,
          inference_geo: null,
          speed: null,
          rbac_group_id: null,
          slack_channel_id: null,
          claude_tag_category: null,
          claude_tag_user_id: null,
          cost_type: null,
          token_type: null,
          currency: 'USD',
          amount: '182344.250000',
          list_amount: '227930.312500',
          requests: 40112,
        },
      ],
    },
  ],
  has_more: false,
  next_page: null,
  data_refreshed_at: '2026-11-25T21:40:00Z',
};

/** §7 /usage. */
export const usageExample = {
  data: [
    {
      starting_at: '2026-11-03T00:00:00Z',
      ending_at: '2026-11-04T00:00:00Z',
      group: {
        actor: {
          type: 'user_actor',
          user_id: 'user_01HZX8K2M9Q4R7T3V5W6Y8Z0AB',
          email_address: 'ana.silva@acme.example',
          name: 'Ana Silva',
          deleted: false,
        },
        actor_type: null,
        agent_id: null,
        api_key_id: null,
        claude_tag_category: null,
        claude_tag_user_id: null,
        context_window: null,
        deployment_id: null,
        environment_id: null,
        inference_geo: null,
        model: 'claude-sonnet-4-6',
        organization_id: null,
        product: null,
        rbac_group_id: null,
        service_tier: null,
        session_id: null,
        slack_channel_id: null,
        speed: null,
        user_profile_id: null,
        workspace_id: null,
      },
      usage: {
        uncached_input_tokens: 120455,
        cache_creation: {
          ephemeral_5m_input_tokens: 30211,
          ephemeral_1h_input_tokens: 0,
        },
        cache_read_input_tokens: 1500212,
        output_tokens: 45110,
        total_tokens: 1695988,
        server_tool_use: {
          web_search_requests: 2,
        },
        requests: 311,
      },
    },
  ],
  has_more: true,
  next_page: 'dXNhZ2U6cGFnZToy',
  data_refreshed_at: '2026-11-25T21:40:00Z',
};

/** §8 error envelope (400 naming the latest available day). */
export const errorExample = {
  type: 'error',
  error: {
    type: 'invalid_request_error',
    message: 'date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
  },
  request_id: 'req_011CV9xYzAbCdEfGhIjKlMnO',
};

/** §7 /cost, constructed from the field list (grouped by product, cost_type and token_type). */
export const costExample = {
  data: [
    {
      starting_at: '2026-11-03T00:00:00Z',
      ending_at: '2026-11-04T00:00:00Z',
      group: {
        actor: null,
        actor_type: null,
        agent_id: null,
        api_key_id: null,
        claude_tag_category: null,
        claude_tag_user_id: null,
        context_window: null,
        cost_type: 'tokens',
        deployment_id: null,
        environment_id: null,
        inference_geo: null,
        model: 'claude-opus-4-6',
        organization_id: null,
        product: 'claude_code',
        rbac_group_id: null,
        service_tier: null,
        session_id: null,
        slack_channel_id: null,
        speed: null,
        token_type: 'output_tokens',
        user_profile_id: null,
        workspace_id: null,
      },
      cost: {
        amount: '41280.000000',
        list_amount: '51600.000000',
        currency: 'USD',
        requests: null,
      },
    },
  ],
  has_more: false,
  next_page: null,
  data_refreshed_at: '2026-11-25T21:40:00Z',
};
