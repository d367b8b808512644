#include "http/answer_log.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lindungi::http {

struct AnswerLog::State {
  std::mutex mutex;
  std::FILE* out = nullptr;
};

std::shared_ptr<AnswerLog> AnswerLog::from_environment() {
  const char* dir = std::getenv("LINDUNGI_ANSWER_DIR");
  if (dir == nullptr || *dir == '\0') return nullptr;
  std::filesystem::create_directories(dir);
  // One file per process: the test processes ctest runs side by side never share one.
  return std::make_shared<AnswerLog>(
      (std::filesystem::path(dir) / ("answers-" + std::to_string(getpid()) + ".jsonl")).string());
}

AnswerLog::AnswerLog(const std::string& file) : state_(std::make_unique<State>()) {
  state_->out = std::fopen(file.c_str(), "a");
  if (state_->out == nullptr) throw std::runtime_error("cannot open " + file);
}

AnswerLog::~AnswerLog() {
  if (state_->out != nullptr) std::fclose(state_->out);
}

void AnswerLog::record(const std::string& method, const std::string& route, const ApiRequest* request,
                       const ApiResponse& res) {
  nlohmann::json line = {{"method", method}, {"route", route}, {"status", res.status}, {"type", res.content_type}};
  line["query"] = nlohmann::json::object();
  line["request"] = nullptr;
  if (request != nullptr) {
    for (const auto& [name, value] : request->query) line["query"][name] = value;
    const auto type = request->headers.find("content-type");
    // The request's media type, for answers.py to check the body against the operation's
    // requestBody: null when there was no body.
    line["request_type"] = nullptr;
    if (!request->body.empty()) line["request_type"] = type != request->headers.end() ? type->second : std::string{};
    if (type != request->headers.end() && type->second.rfind("application/json", 0) == 0 && !request->body.empty()) {
      auto body = nlohmann::json::parse(request->body, nullptr, false);
      if (body.is_discarded())
        line["request_not_json"] = true;  // a deliberately broken body: its answer must be a refusal
      else
        line["request"] = std::move(body);
    }
  }
  line["body"] = nullptr;
  if (res.content_type.rfind("application/json", 0) == 0 && !res.body.empty()) {
    auto body = nlohmann::json::parse(res.body, nullptr, false);
    if (body.is_discarded())
      line["not_json"] = true;  // said so, for the check to fail on
    else
      line["body"] = std::move(body);
  }
  const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(state_->mutex);
  std::fwrite(text.data(), 1, text.size(), state_->out);
  std::fflush(state_->out);  // a test process that ends abruptly still leaves its answers
}

}  // namespace lindungi::http
